// The record each cell leaves in the run's cell-results folder, whatever runner ran it (one JSON file
// per cell and runner, its screenshot beside it): the CLI's summary and the repro bundle read these,
// so runners need not share a process.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellResult } from '../contract/cell-result.ts';
import { imageType } from '../util/image-type.ts';

/** A cell id as a file name (its slashes are not folders). */
export const fileName = (id: string) => id.replaceAll('/', '__');

export function writeCellResult(dir: string, r: CellResult): void {
  mkdirSync(join(dir, r.runner), { recursive: true });
  writeFileSync(join(dir, r.runner, `${fileName(r.id)}.json`), JSON.stringify(r, null, 2));
}

/** The screenshot of what the user saw, beside the result (the repro bundle embeds it); undefined if none was taken. */
export function cellScreenshotPath(dir: string, runner: string, id: string): string | undefined {
  return ['.jpg', '.png'].map((ext) => join(dir, runner, `${fileName(id)}${ext}`)).find((p) => existsSync(p));
}

export function writeCellScreenshot(dir: string, runner: string, id: string, image: Buffer): void {
  mkdirSync(join(dir, runner), { recursive: true });
  writeFileSync(join(dir, runner, `${fileName(id)}${imageType(image).extension}`), image);
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
