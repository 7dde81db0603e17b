// Allure 3 shows a result as flaky from its `statusDetails.flaky`. Neither allure-playwright nor the
// direct writer knows a pass came after a failed attempt (the attempts may run in different
// processes), so after the run the passing attempt of every flaky cell is marked in its results file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runKey } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';

interface AllureResultFile {
  name?: string;
  status?: string;
  stop?: number;
  statusDetails?: Record<string, unknown>;
}

/** Marks the last passing attempt of each flaky cell; returns how many result files were marked. */
export function markFlakyInAllure(allureResultsDir: string, results: CellResult[]): number {
  const flakyKeys = new Set(results.filter((r) => r.flaky).map((r) => runKey(r)));
  if (!flakyKeys.size) return 0;
  let files: string[] = [];
  try {
    files = readdirSync(allureResultsDir).filter((f) => f.endsWith('-result.json'));
  } catch {
    return 0;
  }
  const latest = new Map<string, { path: string; body: AllureResultFile }>();
  for (const f of files) {
    const path = join(allureResultsDir, f);
    const body = JSON.parse(readFileSync(path, 'utf8')) as AllureResultFile;
    // Test titles are `<run key> @<engine> @<fidelity>` (report/cell-title.ts).
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
