// WebdriverIO entry: the same run plan as playwright.config.ts (written by `permission-harness run`,
// or the smoke suite by default), for cells whose runner is WebdriverIO. Results go to the same Allure
// folder. (The CLI drives WebdriverIO cells in its own process; this config is for `npx wdio`.)
import { engines } from './harness/engines/registry.ts';
import type { WebdriverioEngineDriver } from './harness/contract/webdriverio-driver.ts';
import { resolveRunPlan } from './harness/plan/default-plan.ts';

const { options } = resolveRunPlan();

// Every cell opens its own session in its condition; WebdriverIO still starts one session per worker,
// so it gets the cheapest one an engine plug-in offers for that.
async function workerHostCapabilities(): Promise<WebdriverIO.Capabilities> {
  for (const engine of engines.all()) {
    const support = engine.runners.webdriverio;
    if (!support) continue;
    const driver = (await support.driver()) as WebdriverioEngineDriver;
    if (driver.workerHostCapabilities) return driver.workerHostCapabilities();
  }
  throw new Error('no engine plug-in offers a WebdriverIO worker host session');
}

export const config: WebdriverIO.Config = {
  runner: 'local',
  specs: ['./harness/entry/webdriverio-cells.spec.ts'],
  maxInstances: 1,
  capabilities: [await workerHostCapabilities()],
  // --trace keeps the WebDriver log (commands and answers) beside the Playwright traces.
  logLevel: options.traceDir ? 'info' : 'error',
  ...(options.traceDir ? { outputDir: options.traceDir } : {}),
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
        outputDir: options.allureResultsDir,
        disableWebdriverStepsReporting: true,
        disableWebdriverScreenshotsReporting: true,
        reportedEnvironmentVars: { runner: 'webdriverio' },
      },
    ],
  ],
};
