// The plan used when a runner is started directly (`npx playwright test`, `npx wdio`) rather than
// through the CLI: PH_RUN_PLAN if set, else a suite (PH_SUITE, default smoke) against PH_TARGET.
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { loadTarget } from '../target/load-target.ts';
import { planCells } from './plan-cells.ts';
import { readRunPlan, type RunPlan } from './run-plan.ts';

export function resolveRunPlan(defaultTarget: string): RunPlan {
  if (process.env.PH_RUN_PLAN) return readRunPlan(process.env.PH_RUN_PLAN);
  const targetProfile = process.env.PH_TARGET ?? defaultTarget;
  const target = loadTarget(targetProfile);
  const cells = selectCells(loadMatrix(), { suite: process.env.PH_SUITE ?? 'smoke' });
  return { targetProfile, query: {}, plans: planCells(cells, target) };
}
