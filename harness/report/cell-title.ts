// How a cell is named in every runner (test title `<run key> @<engine>`: the id, plus `?query` / `#n` for variants and repeats, so `--grep` works on either part;
// the engine follows from the cell id) and the error a runner throws for a cell that did not pass.
// The fidelity is not in the name: a state that becomes reachable natively is the same cell, and its
// history must go on (Playwright gets it as a tag, so `--grep @native` still selects).
import { planRunKey, type CellPlan } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';

export function cellTitle(plan: CellPlan): string {
  return `${planRunKey(plan)} @${plan.cell.engine}`;
}

/** The fidelity as a test tag (`@native`, `@emulated`, `@unavailable`). */
export function fidelityTag(plan: CellPlan): string {
  return `@${plan.unavailable ? 'unavailable' : plan.condition.fidelity}`;
}

/** The cell id from a title, the fidelity from the test's tags. */
export function parseCellTitle(title: string, tags: readonly string[] = []): { id: string; fidelity: string } {
  const [id = title] = title.split(' ');
  const fidelity = tags.map((t) => t.replace(/^@/, '')).find((t) => ['native', 'emulated', 'unavailable'].includes(t)) ?? '';
  return { id, fidelity };
}

export function cellFailure(result: CellResult): Error {
  return new Error(`${result.status.toUpperCase()} ${result.id} [${result.fidelity}]\n- ${result.failures.join('\n- ')}`);
}
