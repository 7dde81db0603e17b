// The WebdriverIO runner plug-in: a fresh WebDriver session per cell, made by the engine's
// WebdriverIO driver (contract/webdriverio-driver.ts), and the AppPage the cell flow drives.
import type { RunnerInstance, RunnerPlugin } from '../../contract/runner-plugin.ts';
import type { CellSession, SessionRequest, Stage } from '../../contract/session.ts';
import type { WebdriverioEngineDriver, WebdriverioSession } from '../../contract/webdriverio-driver.ts';
import { WebdriverioAppPage } from './webdriverio-app-page.ts';

class WebdriverioRunnerInstance implements RunnerInstance {
  /** At most one parked session: cells come ordered by launch group, so the next cell usually takes it. */
  private idle?: { key: string; session: WebdriverioSession };
  constructor(private readonly stage: Stage) {}

  async open(request: SessionRequest, driverModule: unknown): Promise<CellSession> {
    const driver = driverModule as WebdriverioEngineDriver;
    const key = request.isolatedOrigin ? driver.reuseKey?.(request) : undefined;
    let session: WebdriverioSession;
    let reusedPage = false;
    if (key && this.idle?.key === key && this.idle.session.prepare) {
      session = this.idle.session;
      this.idle = undefined;
      await session.prepare!(request);
      reusedPage = true;
    } else {
      await this.closeIdle();
      session = await driver.open(request, this.stage);
    }
    return {
      page: new WebdriverioAppPage(session.browser, request.appFrameUrlPrefix),
      browserVersion: session.browserVersion,
      reusedPage,
      afterStart: async () => {},
      close: async () => {
        if (!key) return session.close();
        // The next cell of this launch group takes the session (and navigates it to its own origin).
        await this.closeIdle();
        this.idle = { key, session };
      },
    };
  }

  private async closeIdle(): Promise<void> {
    const idle = this.idle;
    this.idle = undefined;
    await idle?.session.close();
  }

  async close(): Promise<void> {
    await this.closeIdle();
  }
}

export const webdriverioRunner: RunnerPlugin = {
  name: 'webdriverio',
  start: (stage) => new WebdriverioRunnerInstance(stage),
};
