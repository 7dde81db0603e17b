// A cell ready to run: the engine's condition for it, narrowed by what the target profile and this
// host can do. Anything that cannot run says why (shown in `list`, the report and the summary).
import { z } from 'zod';
import { Condition } from '../engines/condition.ts';
import { Cell } from '../matrix/cell.ts';

export const CellPlan = z.object({
  cell: Cell,
  runner: z.enum(['playwright', 'webdriverio']),
  condition: Condition,
  /** Set when the cell cannot run here; the reason is reported as a skip. */
  unavailable: z.string().optional(),
});
export type CellPlan = z.infer<typeof CellPlan>;

export function fidelityOf(plan: CellPlan): 'native' | 'emulated' | 'unavailable' {
  return plan.unavailable ? 'unavailable' : plan.condition.fidelity;
}
