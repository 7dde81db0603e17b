// The plan a runner process uses: the CLI's plan file (PH_RUN_PLAN), or, when a test runner is
// started directly (`npx playwright test`, `npx wdio`), a suite (PH_SUITE, default smoke) against
// PH_TARGET or the project's default target, with default options.
import { loadTarget } from '../app-profile/load-profile.ts';
import { defaultTargetPath, REPORTS } from '../host/project-paths.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { planCells } from './plan-cells.ts';
import { readRunPlan, type RunPlan } from './run-plan.ts';

export function resolveRunPlan(): RunPlan {
  if (process.env.PH_RUN_PLAN) return readRunPlan(process.env.PH_RUN_PLAN);
  const targetProfile = defaultTargetPath();
  const cells = selectCells(loadMatrix(), { suite: process.env.PH_SUITE ?? 'smoke' });
  return {
    targetProfile,
    query: {},
    options: { headed: false, underCli: false, cellResultsDir: REPORTS.cellResults, allureResultsDir: REPORTS.allureResults },
    plans: planCells(cells, loadTarget(targetProfile)),
  };
}
