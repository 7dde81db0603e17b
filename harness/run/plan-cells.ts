// Turns selected cells into runnable plans: the engine's condition, the runner, and any reason the
// cell cannot run on this host or against this target (reported as skipped, never as passed).
import type { RunnerName } from '../engines/engine.ts';
import { ENGINES } from '../engines/registry.ts';
import { availability } from '../host/availability.ts';
import type { Cell } from '../matrix/cell.ts';
import type { LoadedTarget } from '../target/load-target.ts';
import { isLoopback } from '../target/placement-urls.ts';
import type { CellPlan } from './cell-plan.ts';

export interface PlanOptions {
  /** Restrict to these runners (default: each engine's preferred available runner). */
  runners?: RunnerName[];
  /** Resolved app URL, to check placement needs (insecure origin needs loopback). */
  appUrl?: string;
}

function targetGap(cell: Cell, plan: Pick<CellPlan, 'condition'>, target: LoadedTarget, appUrl?: string): string | undefined {
  const p = target.profile;
  if (!p.modes[cell.mode]) return `target profile "${p.name}" has no way to pick mode ${cell.mode}`;
  if (plan.condition.placement.staleDevice && !p.staleDevice) return `target profile "${p.name}" has no staleDevice actions, so a stale device selection cannot be produced`;
  if (plan.condition.placement.insecureOrigin && appUrl && !p.serve && !isLoopback(appUrl)) return `insecure-context needs a loopback target; ${appUrl} is not`;
  return undefined;
}

export function planCells(cells: Cell[], target: LoadedTarget, opts: PlanOptions = {}): CellPlan[] {
  const plans: CellPlan[] = [];
  for (const cell of cells) {
    const engine = ENGINES[cell.engine];
    const candidates = engine.runners.filter((r) => !opts.runners || opts.runners.includes(r));
    if (!candidates.length) {
      const condition = engine.condition(cell, engine.runners[0]!);
      plans.push({ cell, runner: engine.runners[0]!, condition, unavailable: `${cell.engine} is not driven by ${opts.runners?.join('/')} (it runs on ${engine.runners.join(', ')})` });
      continue;
    }
    // With an explicit runner list every listed runner runs the cell (same cell compared across runners).
    const chosen = opts.runners ? candidates : [candidates.find((r) => availability(cell.engine, r).ok) ?? candidates[0]!];
    for (const runner of chosen) {
      const condition = engine.condition(cell, runner);
      const avail = availability(cell.engine, runner);
      let unavailable: string | undefined;
      if (!avail.ok) unavailable = `${cell.engine} via ${runner} cannot run on this host: ${avail.detail}`;
      else if (condition.fidelity === 'unavailable') unavailable = condition.why ?? condition.mechanism;
      else unavailable = targetGap(cell, { condition }, target, opts.appUrl);
      plans.push({ cell, runner, condition, ...(unavailable ? { unavailable } : {}) });
    }
  }
  return plans;
}
