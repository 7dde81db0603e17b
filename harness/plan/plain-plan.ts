// A "plain" cell plan: one the harness runs the simplest way, and the one a bare loop (bench) or a
// first profile (init) can reproduce: runnable, one phase, the app on its own origin (no placement),
// headless.
import type { CellPlan } from '../contract/cell-plan.ts';

export function isPlainPlan(p: CellPlan): boolean {
  return !p.unavailable && !p.cell.sequence && !Object.values(p.condition.placement).some(Boolean) && !(p.condition.launch as { headed?: boolean }).headed;
}
