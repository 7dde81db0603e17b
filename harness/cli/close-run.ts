// How a run ends, whether its cells ran here (`run`) or on several machines (`merge`): read every
// cell's result, mark retried passes flaky, the known issues, drift and the quality gate, the summary
// table, the release at a glance, one Allure report. Resolves with whether the gate passed.
import { join } from 'node:path';
import type { LoadedKnownIssues } from '../app-profile/load-profile.ts';
import { planRunKey, runKey, type CellPlan } from '../contract/cell-plan.ts';
import { engines } from '../engines/registry.ts';
import { OBSERVED_BASELINE, REPORTS } from '../host/project-paths.ts';
import { markFlakyInAllure } from '../report/allure-flaky.ts';
import { alignAllureStatusWithVerdict } from '../report/allure-verdict-status.ts';
import { generateAllureReport } from '../report/allure-generate.ts';
import { startAllureReportInBackground } from '../report/allure-report-in-background.ts';
import { readCellResults } from '../report/cell-results.ts';
import { expiredText, formatGate } from '../report/quality-gate.ts';
import { summaryTable, terminalColor } from '../report/summary-table.ts';
import { releaseSteps } from './release-steps.ts';

export interface RunToClose {
  /** Every run the selection planned (a merge: the union of its shards' plans). */
  plans: CellPlan[];
  targetName: string;
  query: Record<string, string>;
  knownIssues?: LoadedKnownIssues;
  withReport: boolean;
  /** Write the Allure report after this process exits (a small run), rather than wait for it. */
  reportInBackground?: boolean;
}

export async function closeRun({ plans, targetName, query, knownIssues, withReport, reportInBackground }: RunToClose): Promise<boolean> {
  const results = readCellResults(REPORTS.cellResults);
  markFlakyInAllure(REPORTS.allureResults, results);
  alignAllureStatusWithVerdict(REPORTS.allureResults);
  const missing = plans.filter((p) => !results.some((r) => runKey(r) === planRunKey(p) && r.runner === p.runner));
  // What a reader should know about how the engines of this run ran here (Chromium's sandbox off as root).
  const notes = [...new Set(plans.map((p) => p.cell.engine))].flatMap((e) => engines.get(e).runNotes?.() ?? []);
  const { known, drift, gate } = releaseSteps({
    results, plans, missing, ...(knownIssues ? { knownIssues } : {}), scope: { target: targetName, query },
    paths: REPORTS, baselinePath: OBSERVED_BASELINE, withAllure: withReport, notes,
  });
  for (const n of notes) console.log(`note: ${n}`);
  console.log(summaryTable(results, { color: terminalColor(process.stdout, process.env), known: known.known }));
  if (missing.length) console.log(`\n${missing.length} planned cell(s) left no result (runner crashed?): ${missing.slice(0, 5).map((p) => p.cell.id).join(', ')}`);
  for (const u of known.unneeded) console.log(`known issue ${u.issue.ticket} (${u.issue.cells}) did not fail: ${u.passed.join(', ')} passed: remove the entry (or narrow its cells)`);
  for (const e of known.expired) console.log(`known issue ${expiredText(e.issue, e.cells)}`);
  if (drift?.changes.length) {
    const messages = drift.changes.filter((c) => c.fails).length;
    console.log(`drift: ${drift.changes.length} change(s) against ${drift.against}, ${messages} changed message(s) (permission-harness drift lists them)`);
  }
  for (const line of formatGate(gate)) console.log(line);
  console.log(`matrix: file://${REPORTS.matrix}\nsummary: ${REPORTS.summary}\nobserved: ${REPORTS.observed}`);
  if (withReport && reportInBackground) {
    startAllureReportInBackground(REPORTS.allureResults, REPORTS.allureReport, { marker: REPORTS.allureReportPending, log: REPORTS.allureReportLog });
    console.log(`report: file://${join(REPORTS.allureReport, 'index.html')} (being written after this exits, in about 2 s; --wait-for-report waits)`);
  } else if (withReport) await generateReport();
  return gate.passed;
}

async function generateReport(): Promise<void> {
  const code = await generateAllureReport(REPORTS.allureResults, REPORTS.allureReport);
  if (code === 0) console.log(`report: file://${join(REPORTS.allureReport, 'index.html')}`);
  else console.log(`allure generate exited ${code}; results stay in ${REPORTS.allureResults}`);
}
