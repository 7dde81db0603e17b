// A cell ready to run: the engine's condition for it, the runner that drives it, and, when it cannot
// run here, why (shown in `list`, the report and the summary as `unavailable`, never as a pass).
import { z } from 'zod';
import { Cell } from './cell.ts';
import { Condition, type Fidelity } from './condition.ts';

export const RunnerName = z.string().regex(/^[a-z0-9-]+$/);
export type RunnerName = z.infer<typeof RunnerName>;

export const CellPlan = z.object({
  cell: Cell,
  runner: RunnerName,
  condition: Condition,
  /** Set when the cell cannot run here; the reason is reported as a skip. */
  unavailable: z.string().optional(),
  /** This run's own query on the app URL, on top of the run's (`--variants defect=a,b` runs one cell per app variant). */
  query: z.record(z.string(), z.string()).optional(),
  /**
   * For a remote runner: the endpoint that serves this cell (the `--grid` URL, or the `--browser-server`
   * URL its launch group was given), chosen by the planner so every worker process agrees.
   */
  endpoint: z.string().optional(),
  /** The repeat number when the cell runs more than once (`--repeat-each N`), from 1. */
  repeat: z.number().int().positive().optional(),
});
export type CellPlan = z.infer<typeof CellPlan>;

/**
 * The name of one run of a cell: its id, then its own query and repeat number when it has them
 * (`chrome/linux/denied/audio-only?defect=wrong-order#2`). Result files, test titles and history
 * keep runs of one cell apart by it.
 */
export function runKey(run: { id: string; query?: Record<string, string> | undefined; repeat?: number | undefined }): string {
  const q = Object.entries(run.query ?? {}).map(([k, v]) => `${k}=${v}`).join('&');
  return `${run.id}${q ? `?${q}` : ''}${run.repeat ? `#${run.repeat}` : ''}`;
}

/** The run key of a planned run (the same name its result will carry). */
export function planRunKey(plan: Pick<CellPlan, 'cell' | 'query' | 'repeat'>): string {
  return runKey({ id: plan.cell.id, query: plan.query, repeat: plan.repeat });
}

export function fidelityOf(plan: CellPlan): Fidelity {
  return plan.unavailable ? 'unavailable' : plan.condition.fidelity;
}
