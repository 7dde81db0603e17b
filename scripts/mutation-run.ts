// The command StrykerJS's command runner runs for each mutant (stryker.config.mjs), inside Stryker's
// sandbox copy of the project: the harness's cells against the mutated app. Exit 1 ("killed") only
// when a cell *failed* on the app; a cell that broke (the harness did not reach the state, or the
// environment gave way) is run once more, and if it breaks again the mutant is not counted killed:
// a kill rate may be understated here, never overstated.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunSummary } from '../harness/contract/run-summary.ts';

// Chromium's smoke cells by default (one engine, warm browser: ~1 s a cell); PH_MUTATION_CELLS
// (cell ids or globs, space-separated) or PH_MUTATION_ARGS chooses others.
const selection = process.env.PH_MUTATION_CELLS?.split(/\s+/).filter(Boolean) ?? ['--suite', 'smoke', '--engine', 'chromium'];

function run(args: string[]): RunSummary {
  const out = mkdtempSync(join(tmpdir(), 'ph-mutant-'));
  try {
    const r = spawnSync(process.execPath, ['bin/permission-harness.mjs', 'run', ...args, '--no-report', '--output', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status === 2) {
      process.stderr.write(r.stdout);
      process.exit(2);
    }
    return RunSummary.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const first = run(selection);
const failed = first.cells.filter((c) => c.verdict === 'failed');
if (failed.length) {
  console.log(`killed: ${failed[0]!.id}: ${failed[0]!.failures[0]}`);
  process.exit(1);
}
const broken = first.cells.filter((c) => c.verdict === 'broken').map((c) => c.id);
if (broken.length) {
  const again = run(broken).cells.filter((c) => c.verdict === 'failed');
  if (again.length) {
    console.log(`killed: ${again[0]!.id}: ${again[0]!.failures[0]}`);
    process.exit(1);
  }
  console.log(`not killed: ${broken.length} cell(s) broke twice (${broken.slice(0, 3).join(', ')}): not counted as a kill`);
}
process.exit(0);
