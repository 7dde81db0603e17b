// Cells grouped by what their browser needs at launch (engine, runner, the condition's launch knobs):
// cells of one group can share a browser. Runs are ordered group by group, largest first, so each
// worker keeps a browser busy for a whole group and the long groups do not come last.
import type { CellPlan } from '../contract/cell-plan.ts';

export function launchGroupKey(plan: CellPlan): string {
  return `${plan.cell.engine} ${plan.runner} ${JSON.stringify(plan.condition.launch)}`;
}

export function orderByLaunchGroup(plans: readonly CellPlan[]): CellPlan[] {
  const groups = new Map<string, CellPlan[]>();
  for (const p of plans) {
    const key = launchGroupKey(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length).flat();
}
