// Where a cell's result is in the Allure report. Allure 3 names each result by md5 of its uuid and
// its awesome report routes `#/<that id>` to the result, in the single-file report too. The uuid is
// the reporter's (allure-playwright, @wdio/allure-reporter or ours); results are matched back to
// cells by their testCaseId (the cell's history identity) and `runner` label.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileName } from './cell-results.ts';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export const linkKey = (testCaseId: string, runner: string) => `${testCaseId}#${runner}`;

/** testCaseId#runner → the result's uuid, for every result in an allure-results folder. */
export function allureUuids(resultsDir: string): Map<string, string> {
  const out = new Map<string, string>();
  let files: string[] = [];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json'));
  } catch {
    return out;
  }
  for (const f of files) {
    try {
      const r = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')) as { uuid?: string; testCaseId?: string; labels?: Array<{ name: string; value: string }> };
      const runner = r.labels?.find((l) => l.name === 'runner')?.value;
      if (r.uuid && r.testCaseId && runner) out.set(linkKey(r.testCaseId, runner), r.uuid);
    } catch {
      // a result file still being written: no link for that cell
    }
  }
  return out;
}

/** Relative to reports/: the result inside the single-file Allure report. */
export function allureResultHref(uuid: string, reportFolder = 'allure-report'): string {
  return `${reportFolder}/index.html#/${md5(uuid)}`;
}

/** Relative to reports/: the cell's own result file (when no Allure report is generated). */
export function cellResultHref(runner: string, id: string, resultsFolder = 'cell-results'): string {
  return `${resultsFolder}/${runner}/${fileName(id)}.json`;
}
