// The WebdriverIO runner plug-in: a fresh WebDriver session per cell, made by the engine's
// WebdriverIO driver (contract/webdriverio-driver.ts), and the AppPage the cell flow drives.
import type { RunnerInstance, RunnerPlugin } from '../../contract/runner-plugin.ts';
import type { CellSession, SessionRequest, Stage } from '../../contract/session.ts';
import type { WebdriverioEngineDriver } from '../../contract/webdriverio-driver.ts';
import { WebdriverioAppPage } from './webdriverio-app-page.ts';

class WebdriverioRunnerInstance implements RunnerInstance {
  constructor(private readonly stage: Stage) {}

  async open(request: SessionRequest, driverModule: unknown): Promise<CellSession> {
    const session = await (driverModule as WebdriverioEngineDriver).open(request, this.stage);
    return {
      page: new WebdriverioAppPage(session.browser, request.appFrameUrlPrefix),
      browserVersion: session.browserVersion,
      afterStart: async () => {},
      close: () => session.close(),
    };
  }

  async close(): Promise<void> {}
}

export const webdriverioRunner: RunnerPlugin = {
  name: 'webdriverio',
  start: (stage) => new WebdriverioRunnerInstance(stage),
};
