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
});
export type CellPlan = z.infer<typeof CellPlan>;

export function fidelityOf(plan: CellPlan): Fidelity {
  return plan.unavailable ? 'unavailable' : plan.condition.fidelity;
}
