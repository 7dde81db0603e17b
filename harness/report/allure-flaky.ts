// Allure 3 shows a result as flaky from its `statusDetails.flaky`. Neither allure-playwright nor the
// direct writer knows a pass came after a failed attempt (the attempts may run in different
// processes), so after the run the passing attempt of every flaky cell is marked in its results file.
import { writeFileSync } from 'node:fs';
import { runKey } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';
import { readAllureResults, type AllureResultFile } from './allure-result-files.ts';

/** Marks the last passing attempt of each flaky cell; returns how many result files were marked. */
export function markFlakyInAllure(allureResultsDir: string, results: CellResult[]): number {
  const flakyKeys = new Set(results.filter((r) => r.flaky).map((r) => runKey(r)));
  if (!flakyKeys.size) return 0;
  const latest = new Map<string, { path: string; body: AllureResultFile }>();
  for (const { path, result: body } of readAllureResults(allureResultsDir)) {
    // Test titles are `<run key> @<engine>` (report/cell-title.ts).
    const key = body.name?.split(' ')[0];
    if (!key || !flakyKeys.has(key) || body.status !== 'passed') continue;
    const seen = latest.get(key);
    if (!seen || (body.stop ?? 0) > (seen.body.stop ?? 0)) latest.set(key, { path, body });
  }
  for (const { path, body } of latest.values()) {
    body.statusDetails = { ...body.statusDetails, flaky: true };
    writeFileSync(path, JSON.stringify(body));
  }
  return latest.size;
}
