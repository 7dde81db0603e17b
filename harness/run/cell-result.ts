// The record each cell leaves in reports/cell-results, whatever runner ran it: the CLI's summary
// table and the repro bundle read these, so runners need not share a process.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Cell } from '../matrix/cell.ts';
import { REPORTS } from './project-paths.ts';
import type { Check } from '../verdict/verdict.ts';

export interface CellResult {
  id: string;
  cell: Cell;
  runner: string;
  fidelity: 'native' | 'emulated' | 'unavailable';
  mechanism: string;
  status: 'passed' | 'failed' | 'broken' | 'skipped';
  failures: string[];
  checks: Check[];
  observed: string;
  errorText: string;
  steps: Array<{ id: string | null; text: string }>;
  browserVersion: string;
  durationMs: number;
  skipReason?: string;
  /** Trace, video or driver log files for this cell. */
  artifacts?: string[];
}

export function resultsDir(): string {
  return process.env.PH_CELL_RESULTS ? resolve(process.env.PH_CELL_RESULTS) : REPORTS.cellResults;
}

export function writeCellResult(r: CellResult): void {
  const dir = join(resultsDir(), r.runner);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${r.id.replaceAll('/', '__')}.json`), JSON.stringify(r, null, 2));
}

/** The screenshot of what the user saw, beside the result (the repro bundle embeds it). */
export function cellScreenshotPath(runner: string, id: string): string {
  return join(resultsDir(), runner, `${id.replaceAll('/', '__')}.png`);
}

export function writeCellScreenshot(runner: string, id: string, png: Buffer): void {
  mkdirSync(join(resultsDir(), runner), { recursive: true });
  writeFileSync(cellScreenshotPath(runner, id), png);
}

export function readCellResults(dir = resultsDir()): CellResult[] {
  const out: CellResult[] = [];
  let runners: string[] = [];
  try {
    runners = readdirSync(dir);
  } catch {
    return out;
  }
  for (const runner of runners) {
    for (const f of readdirSync(join(dir, runner))) {
      if (f.endsWith('.json')) out.push(JSON.parse(readFileSync(join(dir, runner, f), 'utf8')) as CellResult);
    }
  }
  return out;
}
