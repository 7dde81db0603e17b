// What the WebDriver runners share (webdriverio/ starts local drivers, grid/ asks any WebDriver
// endpoint): a session per cell, or one parked session handed to the next cell of the same reuse key
// (cells come ordered by launch group, so the next cell usually takes it), and the AppPage the cell
// flow drives. How a session is opened is the runner's own (SessionSource).
import type { Recovery } from '../contract/condition.ts';
import type { RunnerInstance } from '../contract/runner-plugin.ts';
import type { CellSession, SessionRequest } from '../contract/session.ts';
import type { WebdriverioSession } from '../contract/webdriverio-driver.ts';
import { osSourceOf } from './remote-identity.ts';
import { WebdriverioAppPage } from './webdriverio-app-page.ts';

export interface SessionSource {
  open(request: SessionRequest, driverModule: unknown): Promise<WebdriverioSession>;
  /** Undefined: a fresh session per cell. */
  reuseKey(request: SessionRequest, driverModule: unknown): string | undefined;
}

export class WebdriverioSessions implements RunnerInstance {
  /** At most one parked session. */
  private idle?: { key: string; session: WebdriverioSession };
  constructor(private readonly source: SessionSource) {}

  async open(request: SessionRequest, driverModule: unknown): Promise<CellSession> {
    const key = request.isolatedOrigin ? this.source.reuseKey(request, driverModule) : undefined;
    let session: WebdriverioSession;
    let reusedPage = false;
    if (key && this.idle?.key === key && this.idle.session.prepare) {
      session = this.idle.session;
      this.idle = undefined;
      await session.prepare!(request);
      reusedPage = true;
    } else {
      await this.closeIdle();
      session = await this.source.open(request, driverModule);
    }
    return {
      page: new WebdriverioAppPage(session.browser, request.appFrameUrlPrefix),
      browserVersion: session.browserVersion,
      ...(session.servedThrough ? { servedThrough: session.servedThrough } : {}),
      // A reused session serves a cell of another OS axis: whether that OS is the node's own is per cell.
      ...(session.remote ? { remote: { ...session.remote, osSource: osSourceOf(request.cell, session.remote.platformName) } } : {}),
      reusedPage,
      afterStart: async () => {},
      ...(session.recover ? { recover: (r: Recovery) => session.recover!(r) } : {}),
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
