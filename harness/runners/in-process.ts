// Runs a few Playwright-driven cells inside the CLI's own process: what makes `run <id>` answer in
// about two seconds (no test-runner start-up). Same run-cell flow, same Allure results; larger runs
// go through Playwright Test for its workers and sharding.
import { AllureDirectRun } from '../report/allure-direct-reporter.ts';
import { failureLines, progressLine } from '../report/progress-line.ts';
import { openStage } from '../run/open-stage.ts';
import { reportUnavailable } from '../run/report-unavailable.ts';
import { runCell } from '../run/run-cell.ts';
import { cellTitle } from '../run/cell-title.ts';
import type { RunPlan } from '../run/run-plan.ts';
import type { LoadedTarget } from '../target/load-target.ts';
import { PlaywrightRunner } from './playwright-runner.ts';

export async function runInProcess(runPlan: RunPlan, target: LoadedTarget, allureResults: string): Promise<void> {
  const allure = new AllureDirectRun(allureResults);
  const stage = await openStage(target, runPlan.query, runPlan.url);
  const runner = new PlaywrightRunner();
  try {
    for (const plan of runPlan.plans) {
      const reporter = allure.startCell(cellTitle(plan));
      if (plan.unavailable) {
        await reportUnavailable(plan, 'playwright', reporter);
        reporter.finish('skipped', { message: plan.unavailable });
        console.log(progressLine({ status: 'skipped', id: plan.cell.id, fidelity: 'unavailable', seconds: 0, detail: plan.unavailable }));
        continue;
      }
      const result = await runCell({ plan, target, stage, reporter, runnerLabel: 'playwright', openSession: (req) => runner.open(req) });
      reporter.finish(result.status === 'skipped' ? 'skipped' : result.status, result.failures.length ? { message: result.failures.join('\n') } : undefined);
      console.log(progressLine({ status: result.status, id: plan.cell.id, fidelity: result.fidelity, seconds: result.durationMs / 1000 }));
      if (result.failures.length) console.log(failureLines(result.failures));
    }
  } finally {
    await Promise.all([runner.close(), stage.close()]);
  }
}
