// The record each cell leaves in the run's cell-results folder, whatever runner ran it (one JSON file
// per cell and runner, its screenshot beside it): the CLI's summary and the repro bundle read these,
// so runners need not share a process.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runKey } from '../contract/cell-plan.ts';
import { CellResult } from '../contract/cell-result.ts';
import { imageType } from '../util/image-type.ts';

/** One file per run of a cell: its run key (id, own query, repeat), made file-name safe (slashes are not folders). */
export const fileName = (key: string) => key.replace(/[^A-Za-z0-9._-]/g, (c) => (c === '/' ? '__' : `~${c.charCodeAt(0).toString(16)}`));

export function writeCellResult(dir: string, r: CellResult): void {
  mkdirSync(join(dir, r.runner), { recursive: true });
  writeFileSync(join(dir, r.runner, `${fileName(runKey(r))}.json`), JSON.stringify(r, null, 2));
}

/** The screenshot of what the user saw, beside the result (the repro bundle embeds it); undefined if none was taken. */
export function cellScreenshotPath(dir: string, runner: string, key: string): string | undefined {
  return ['.jpg', '.png'].map((ext) => join(dir, runner, `${fileName(key)}${ext}`)).find((p) => existsSync(p));
}

/** `key` is the run key (the cell id for a plain run). */
export function writeCellScreenshot(dir: string, runner: string, key: string, image: Buffer): void {
  mkdirSync(join(dir, runner), { recursive: true });
  writeFileSync(join(dir, runner, `${fileName(key)}${imageType(image).extension}`), image);
}

/** One run's earlier result (a retry reads the attempt before it), or undefined. */
export function readCellResult(dir: string, runner: string, key: string): CellResult | undefined {
  try {
    return CellResult.parse(JSON.parse(readFileSync(join(dir, runner, `${fileName(key)}.json`), 'utf8')));
  } catch {
    return undefined;
  }
}

export function readCellResults(dir: string): CellResult[] {
  const out: CellResult[] = [];
  let runners: string[] = [];
  try {
    runners = readdirSync(dir);
  } catch {
    return out;
  }
  for (const runner of runners) {
    for (const f of readdirSync(join(dir, runner))) {
      if (f.endsWith('.json')) out.push(CellResult.parse(JSON.parse(readFileSync(join(dir, runner, f), 'utf8'))));
    }
  }
  return out;
}
