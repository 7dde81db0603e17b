// The cells as Playwright tests: one test per plan whose runner is Playwright, titled with the cell id
// (`@engine` in the title, the fidelity as a tag: `--grep @native` selects, the name stays the cell's
// across fidelity changes) and run per engine (playwright.config.ts has one project per engine), so
// `npx playwright test --grep chrome/macos` works. Each worker drives its cells through PlanDriver,
// one per runner that runs under Playwright Test (local browsers, and browser servers: their
// endpoints travel in the plan, CellPlan.endpoint).
import { test as base } from '@playwright/test';
import { PlanDriver } from '../drive/drive-plan.ts';
import { resolveRunPlan } from '../plan/default-plan.ts';
import { PLAYWRIGHT_TEST, runners } from '../runners/registry.ts';
import { allureRuntimeReporter } from '../report/allure-runtime-reporter.ts';
import { cellFailure, cellTitle, fidelityTag } from '../report/cell-title.ts';

const runPlan = resolveRunPlan();
const here = new Set(runners.all().filter((r) => r.batch === PLAYWRIGHT_TEST).map((r) => r.name));

const test = base.extend<{}, { drivers: Map<string, PlanDriver> }>({
  drivers: [
    async ({}, use) => {
      const drivers = new Map<string, PlanDriver>();
      await use(drivers);
      for (const driver of drivers.values()) await driver.close();
    },
    { scope: 'worker' },
  ],
});

for (const plan of runPlan.plans.filter((p) => here.has(p.runner))) {
  test(cellTitle(plan), { tag: fidelityTag(plan) }, async ({ drivers }, testInfo) => {
    let driver = drivers.get(plan.runner);
    if (!driver) drivers.set(plan.runner, (driver = new PlanDriver(runPlan, plan.runner)));
    // Retries are Playwright Test's own (`retries` in playwright.config.ts); the cell's result records them.
    const outcome = await driver.runOne(plan, allureRuntimeReporter, testInfo.retry);
    if (outcome.kind === 'skipped') test.skip(true, outcome.reason);
    else if (outcome.result.status !== 'passed') throw cellFailure(outcome.result);
  });
}
