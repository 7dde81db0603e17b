// Speed figures (printed, not asserted): cold start of `run <id>` to its verdict line and to exit,
// and the wall time of the smoke suite (and the release suite with --release).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;

function timeRun(args: string[]): Promise<{ verdictMs: number; totalMs: number; code: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let verdictMs = NaN;
    const child = spawn(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PH_REPORTS_DIR: mkdtempSync(join(tmpdir(), 'ph-bench-')) },
    });
    child.stdout.on('data', (d: Buffer) => {
      if (Number.isNaN(verdictMs) && /^(\[\s*\d+\/\d+\] )?[✓✗!-] \S+\/\S+/m.test(d.toString())) verdictMs = performance.now() - t0;
    });
    child.on('exit', (code) => resolve({ verdictMs, totalMs: performance.now() - t0, code: code ?? 1 }));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const cell = process.argv.slice(2).find((a) => a.split('/').length === 4) ?? 'chrome/linux/denied/audio-only';
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await timeRun(['run', cell, '--no-report']));
console.log(`run ${cell} (5 cold starts, --no-report): verdict median ${s(median(runs.map((r) => r.verdictMs)))} (min ${s(Math.min(...runs.map((r) => r.verdictMs)))}), exit median ${s(median(runs.map((r) => r.totalMs)))}`);

const smoke = await timeRun(['run', '--suite', 'smoke']);
console.log(`smoke suite with report: ${s(smoke.totalMs)} (exit ${smoke.code})`);
if (process.argv.includes('--release')) {
  const release = await timeRun(['run', '--suite', 'release', '--no-report']);
  console.log(`release suite: ${s(release.totalMs)} (exit ${release.code})`);
}
