// Allure result files rewritten after a run (a runner's own parameter excluded from the history key,
// a drift label, the flaky flag on a retried pass): one loop over `*-result.json`, each file parsed,
// changed by the caller's edit, and written back only when the edit says it changed something.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AllureResultFile {
  name?: string;
  status?: string;
  stop?: number;
  labels?: Array<{ name: string; value: string }>;
  parameters?: Array<{ name: string; value?: string; excluded?: boolean }>;
  statusDetails?: Record<string, unknown>;
}

/** Every result file of the folder, parsed (unreadable ones skipped: Allure will say so itself). */
export function readAllureResults(resultsDir: string): Array<{ path: string; result: AllureResultFile }> {
  let files: string[] = [];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json'));
  } catch {
    return [];
  }
  return files.flatMap((f) => {
    const path = join(resultsDir, f);
    try {
      return [{ path, result: JSON.parse(readFileSync(path, 'utf8')) as AllureResultFile }];
    } catch {
      return [];
    }
  });
}

/** Applies `edit` to each result; writes back those it changed (it returns true). Returns how many. */
export function rewriteAllureResults(resultsDir: string, edit: (r: AllureResultFile) => boolean): number {
  let changed = 0;
  for (const { path, result } of readAllureResults(resultsDir)) {
    if (!edit(result)) continue;
    writeFileSync(path, JSON.stringify(result));
    changed++;
  }
  return changed;
}
