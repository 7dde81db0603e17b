// The cells as Playwright tests: one test per plan whose runner is Playwright, titled with the cell id
// (`@engine` in the title, the fidelity as a tag: `--grep @native` selects, the name stays the cell's
// across fidelity changes) and run per engine (playwright.config.ts has one project per engine), so
// `npx playwright test --grep chrome/macos` works. Each worker drives its cells through PlanDriver.
import { test as base } from '@playwright/test';
import { PlanDriver } from '../drive/drive-plan.ts';
import { resolveRunPlan } from '../plan/default-plan.ts';
import { allureRuntimeReporter } from '../report/allure-runtime-reporter.ts';
import { cellFailure, cellTitle, fidelityTag } from '../report/cell-title.ts';

const runPlan = resolveRunPlan();

const test = base.extend<{}, { driver: PlanDriver }>({
  driver: [
    async ({}, use) => {
      const driver = new PlanDriver(runPlan, 'playwright');
      await use(driver);
      await driver.close();
    },
    { scope: 'worker' },
  ],
});

for (const plan of runPlan.plans.filter((p) => p.runner === 'playwright')) {
  test(cellTitle(plan), { tag: fidelityTag(plan) }, async ({ driver }, testInfo) => {
    // Retries are Playwright Test's own (`retries` in playwright.config.ts); the cell's result records them.
    const outcome = await driver.runOne(plan, allureRuntimeReporter, testInfo.retry);
    if (outcome.kind === 'skipped') test.skip(true, outcome.reason);
    else if (outcome.result.status !== 'passed') throw cellFailure(outcome.result);
  });
}
