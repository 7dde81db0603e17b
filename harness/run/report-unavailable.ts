// A cell that cannot run here: labelled like any other in the report (fidelity `unavailable`), its
// reason in the description and in the cell result, so it is a visible skip, never a pass.
import type { CellReporter } from '../runners/driver.ts';
import type { CellPlan } from './cell-plan.ts';
import { writeCellResult } from './cell-result.ts';

export async function reportUnavailable(plan: CellPlan, runner: string, reporter: CellReporter): Promise<string> {
  const { cell } = plan;
  const reason = plan.unavailable ?? 'unavailable';
  const labels = { browser: cell.browser, engine: cell.engine, os: cell.os, state: cell.state, mode: cell.mode, fidelity: 'unavailable', runner, env: `${cell.engine}-${runner}` };
  for (const [k, v] of Object.entries(labels)) await reporter.label(k, v);
  await reporter.parameter('runner', runner);
  await reporter.parameter('engine', cell.engine);
  await reporter.description(`cannot run here: ${reason}`);
  writeCellResult({
    id: cell.id, cell, runner, fidelity: 'unavailable', mechanism: plan.condition.mechanism, status: 'skipped',
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '', durationMs: 0, skipReason: reason,
  });
  return reason;
}
