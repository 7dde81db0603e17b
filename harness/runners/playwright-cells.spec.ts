// The cells as Playwright tests: one test per plan, titled with the cell id and tagged with its engine
// (playwright.config.ts has one project per engine), so `npx playwright test --grep chrome/macos` works.
import { test as base } from '@playwright/test';
import { resolveRunPlan } from '../run/default-plan.ts';
import { openStage, type OpenStage } from '../run/open-stage.ts';
import { runCell } from '../run/run-cell.ts';
import { cellFailure, cellTitle } from '../run/cell-title.ts';
import { reportUnavailable } from '../run/report-unavailable.ts';
import { loadTarget } from '../target/load-target.ts';
import { allureCellReporter } from '../report/allure-cell-reporter.ts';
import { PlaywrightRunner } from './playwright-runner.ts';
import { defaultTargetPath } from '../run/project-paths.ts';

const runPlan = resolveRunPlan(defaultTargetPath());
const target = loadTarget(runPlan.targetProfile);

const test = base.extend<{}, { runner: PlaywrightRunner; stage: OpenStage }>({
  runner: [
    async ({}, use) => {
      const runner = new PlaywrightRunner();
      await use(runner);
      await runner.close();
    },
    { scope: 'worker' },
  ],
  stage: [
    async ({}, use) => {
      const stage = await openStage(target, runPlan.query, runPlan.url);
      await use(stage);
      await stage.close();
    },
    { scope: 'worker' },
  ],
});

for (const plan of runPlan.plans.filter((p) => p.runner === 'playwright')) {
  test(cellTitle(plan), async ({ runner, stage }) => {
    if (plan.unavailable) {
      test.skip(true, await reportUnavailable(plan, 'playwright', allureCellReporter));
      return;
    }
    const result = await runCell({
      plan,
      target,
      stage,
      reporter: allureCellReporter,
      runnerLabel: 'playwright',
      openSession: (req) => runner.open(req),
    });
    if (result.status !== 'passed') throw cellFailure(result);
  });
}
