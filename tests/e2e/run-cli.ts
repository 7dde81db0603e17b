// Runs the CLI as a user would, with its own reports folder, and reads back the cells' results.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CellResult } from '../../harness/contract/cell-result.ts';
import { readCellResults } from '../../harness/report/cell-results.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  results: CellResult[];
  reportsDir: string;
}

/** `prepare` may seed the reports folder first (a previous run's history). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, prepare?: (reportsDir: string) => void): CliRun {
  const reportsDir = mkdtempSync(join(tmpdir(), 'ph-e2e-'));
  prepare?.(reportsDir);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PH_REPORTS_DIR: reportsDir, ...env },
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, results: readCellResults(join(reportsDir, 'cell-results')), reportsDir };
}
