// One cell's Allure report, written after the CLI has exited: `allure generate` costs about 1.7 s
// here (most of it loading Allure), longer than the cell itself, and QA waiting on one cell wants the
// verdict and the exit code. A small run starts the generation detached and says where the report
// will be; the next run in the same reports folder waits for it first, so a generation never reads
// results a newer run is replacing. `--wait-for-report` (and every larger run) waits as before.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../host/project-paths.ts';
import { excludeRunnerParameters } from './allure-generate.ts';

export interface BackgroundReport {
  /** Holds the generating process's pid while it runs. */
  marker: string;
  /** What `allure generate` printed. */
  log: string;
}

/** Starts `allure generate` detached from this process; returns its pid. */
export function startAllureReportInBackground(resultsDir: string, reportDir: string, where: BackgroundReport): number {
  excludeRunnerParameters(resultsDir);
  const out = openSync(where.log, 'w');
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/allure/cli.js'), 'generate', resultsDir, '--config', join(ROOT, 'allurerc.mjs'), '--output', reportDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  writeFileSync(where.marker, `${child.pid}\n`);
  child.unref();
  return child.pid ?? 0;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Waits (up to timeoutMs) for a generation an earlier run started; resolves with whether one was running. */
export async function waitForBackgroundReport(where: BackgroundReport, timeoutMs = 30_000): Promise<boolean> {
  if (!existsSync(where.marker)) return false;
  const pid = Number(readFileSync(where.marker, 'utf8').trim());
  const deadline = Date.now() + timeoutMs;
  const running = pid > 0 && alive(pid);
  while (pid > 0 && alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  rmSync(where.marker, { force: true });
  return running;
}
