// What an engine folder supplies so the WebdriverIO runner can drive it (the engine's half of the
// WebdriverIO driver contract).
import type { Recovery } from './condition.ts';
import type { RemoteBrowser } from './remote-browser.ts';
import type { SessionRequest, Stage } from './session.ts';

export interface WebdriverioSession {
  browser: WebdriverIO.Browser;
  browserVersion: string;
  /** Set for sessions on a remote endpoint: what it reported it started. */
  remote?: RemoteBrowser;
  /** See CellSession.servedThrough. */
  servedThrough?: string;
  /** Makes a session that served an earlier cell ready for this one (its init scripts, its state). */
  prepare?(request: SessionRequest): Promise<void>;
  /** A recovery cell's browser-side step (CellSession.recover); absent when this engine cannot apply one. */
  recover?(recovery: Recovery): Promise<void>;
  close(): Promise<void>;
}

export interface WebdriverioEngineDriver {
  /** Starts a fresh session in the request's condition, with the init scripts in place. */
  open(request: SessionRequest, stage: Stage): Promise<WebdriverioSession>;
  /**
   * Sessions opened for requests with the same key can serve each other's cells (same launch
   * arguments); undefined: a fresh session per cell. Only asked for cells on an origin of their own.
   */
  reuseKey?(request: SessionRequest): string;
  /**
   * Capabilities of a cheap session that only hosts a `wdio` test worker (wdio.conf.ts): WebdriverIO
   * starts one per worker whatever the spec does. Engines that can host one say how.
   */
  workerHostCapabilities?(): WebdriverIO.Capabilities;
}
