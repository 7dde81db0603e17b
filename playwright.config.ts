// Playwright Test entry: the matrix cells as tests, one project per engine plug-in that Playwright
// drives, here or on a browser server (from the engine registry). The CLI (`permission-harness run`) writes a run plan and starts
// this config; run directly it runs the smoke suite against the bundled app (PH_SUITE / PH_TARGET /
// PH_RUN_PLAN change that).
import { defineConfig } from '@playwright/test';
import { engines } from './harness/engines/registry.ts';
import { defaultWorkers } from './harness/host/default-workers.ts';
import { REPORTS } from './harness/host/project-paths.ts';
import { resolveRunPlan } from './harness/plan/default-plan.ts';
import { PLAYWRIGHT_TEST, runners } from './harness/runners/registry.ts';

const { options } = resolveRunPlan();

export default defineConfig({
  testDir: './harness/entry',
  testMatch: 'playwright-cells.spec.ts',
  outputDir: REPORTS.testResults,
  timeout: 60_000,
  fullyParallel: true,
  workers: options.workers ?? defaultWorkers(),
  retries: options.retries ?? 0,
  reporter: [
    [options.underCli ? './harness/runners/playwright/progress-reporter.ts' : 'list'],
    ['allure-playwright', { resultsDir: options.allureResultsDir, detail: false, suiteTitle: false, environmentInfo: { runner: 'playwright', node: process.version } }],
  ],
  projects: engines
    .all()
    .filter((e) => Object.keys(e.runners).some((r) => runners.has(r) && runners.get(r).batch === PLAYWRIGHT_TEST))
    .map((e) => ({ name: e.name, grep: new RegExp(`@${e.name}\\b`) })),
});
