// Runs the CLI as a user would, with its own reports folder, and reads back the cells' results.
import { spawn, spawnSync } from 'node:child_process';
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

const cliArgs = (args: string[]) => [join(ROOT, 'bin/permission-harness.mjs'), ...args];
const cliEnv = (reportsDir: string, env: NodeJS.ProcessEnv) => ({ ...process.env, PH_REPORTS_DIR: reportsDir, ...env });
const finished = (reportsDir: string, status: number | null, stdout: string, stderr: string): CliRun => ({ status, stdout, stderr, results: readCellResults(join(reportsDir, 'cell-results')), reportsDir });

/** `prepare` may seed the reports folder first (a previous run's history). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, prepare?: (reportsDir: string) => void): CliRun {
  const reportsDir = mkdtempSync(join(tmpdir(), 'ph-e2e-'));
  prepare?.(reportsDir);
  const r = spawnSync(process.execPath, cliArgs(args), { cwd: ROOT, env: cliEnv(reportsDir, env), encoding: 'utf8', timeout: 10 * 60_000 });
  return finished(reportsDir, r.status, r.stdout, r.stderr);
}

/** The same without blocking this process: servers the test started (and reads the output of) keep running. */
export function runCliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'ph-e2e-'));
  const child = spawn(process.execPath, cliArgs(args), { cwd: ROOT, env: cliEnv(reportsDir, env), timeout: 10 * 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve(finished(reportsDir, status, stdout, stderr))));
}
