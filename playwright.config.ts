// Playwright Test entry: the matrix cells as tests, one project per Playwright-driven engine.
// The CLI (`permission-harness run`) writes a run plan and starts this config; run directly it runs
// the smoke suite against the bundled app (PH_SUITE / PH_TARGET / PH_RUN_PLAN change that).
import { defineConfig } from '@playwright/test';

const resultsDir = process.env.PH_ALLURE_RESULTS ?? 'reports/allure-results';
const outputDir = process.env.PH_REPORTS_DIR ? `${process.env.PH_REPORTS_DIR}/test-results` : 'reports/test-results';

export default defineConfig({
  testDir: './harness/runners',
  testMatch: 'playwright-cells.spec.ts',
  outputDir,
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.PH_WORKERS ? Number(process.env.PH_WORKERS) : 2,
  retries: 0,
  reporter: [
    [process.env.PH_UNDER_CLI ? './harness/report/progress-reporter.ts' : 'list'],
    ['allure-playwright', { resultsDir, detail: false, suiteTitle: false, environmentInfo: { runner: 'playwright', node: process.version } }],
  ],
  projects: [
    { name: 'chromium', grep: /@chromium/ },
    { name: 'gecko', grep: /@gecko/ },
  ],
});
