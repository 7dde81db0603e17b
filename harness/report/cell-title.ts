// How a cell is named in every runner (test title `<id> @<engine> @<fidelity>`, so `--grep` works on
// any part) and the error a runner throws for a cell that did not pass.
import { runKey, type CellPlan } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';

export function cellTitle(plan: CellPlan): string {
  return `${runKey({ id: plan.cell.id, query: plan.query, repeat: plan.repeat })} @${plan.cell.engine} @${plan.unavailable ? 'unavailable' : plan.condition.fidelity}`;
}

export function parseCellTitle(title: string): { id: string; fidelity: string } {
  const [id = title, , fidelity = ''] = title.split(' ');
  return { id, fidelity: fidelity.replace('@', '') };
}

export function cellFailure(result: CellResult): Error {
  return new Error(`${result.status.toUpperCase()} ${result.id} [${result.fidelity}]\n- ${result.failures.join('\n- ')}`);
}
