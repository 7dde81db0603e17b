// WebdriverIO entry: the same run plan as playwright.config.ts (written by `permission-harness run`,
// or the smoke suite by default), for cells whose engine/runner is WebdriverIO: WebKitGTk through
// WebKitWebDriver, and Chromium through chromedriver. Results go to the same Allure folder.
import { CHROMEDRIVER_EXECUTABLE, CHROMIUM_EXECUTABLE } from './harness/engines/chromium/launch-options.ts';
import { findExecutable } from './harness/host/find-executable.ts';

const resultsDir = process.env.PH_ALLURE_RESULTS ?? 'reports/allure-results';

export const config: WebdriverIO.Config = {
  runner: 'local',
  specs: ['./harness/runners/webdriverio-cells.spec.ts'],
  maxInstances: 1,
  // Every cell opens its own session in its condition; this one only hosts the mocha worker, so it
  // is the cheapest browser here (Debian Chromium headless, both binaries given: no download).
  capabilities: [
    {
      browserName: 'chrome',
      'wdio:enforceWebDriverClassic': true,
      'wdio:chromedriverOptions': { binary: findExecutable(CHROMEDRIVER_EXECUTABLE) ?? '/usr/bin/chromedriver' },
      'goog:chromeOptions': {
        binary: findExecutable(CHROMIUM_EXECUTABLE) ?? '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    },
  ],
  // --trace keeps the WebDriver log (commands and answers) beside the Playwright traces.
  logLevel: process.env.PH_TRACE_DIR ? 'info' : 'error',
  ...(process.env.PH_TRACE_DIR ? { outputDir: process.env.PH_TRACE_DIR } : {}),
  bail: 0,
  waitforTimeout: 5000,
  connectionRetryTimeout: 30_000,
  connectionRetryCount: 0,
  framework: 'mocha',
  mochaOpts: { ui: 'bdd', timeout: 90_000 },
  reporters: [
    [
      'allure',
      {
        outputDir: resultsDir,
        disableWebdriverStepsReporting: true,
        disableWebdriverScreenshotsReporting: true,
        reportedEnvironmentVars: { runner: 'webdriverio' },
      },
    ],
  ],
};
