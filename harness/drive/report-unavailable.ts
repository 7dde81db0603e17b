// A cell that cannot run here: labelled like any other in the report (fidelity `unavailable`), its
// reason in the description and in the cell result, so it is a visible skip, never a pass.
import type { CellPlan } from '../contract/cell-plan.ts';
import type { CellReporter } from '../contract/session.ts';
import { labelCell } from '../report/cell-labels.ts';
import type { HistoryScope } from '../report/history-identity.ts';
import { writeCellResult } from '../report/cell-results.ts';

export async function reportUnavailable(plan: CellPlan, runner: string, reporter: CellReporter, resultsDir: string, scope: HistoryScope): Promise<string> {
  const { cell } = plan;
  const reason = plan.unavailable ?? 'unavailable';
  await labelCell(reporter, plan, runner, scope);
  writeCellResult(resultsDir, {
    id: cell.id, cell, runner, fidelity: 'unavailable', mechanism: plan.condition.mechanism, status: 'skipped',
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '', durationMs: 0, skipReason: reason,
    // Its own query and repeat number, as a run cell's: under --repeat-each each repeat is a planned run the close matches by them.
    ...(plan.query ? { query: plan.query } : {}),
    ...(plan.repeat ? { repeat: plan.repeat } : {}),
  });
  return reason;
}
