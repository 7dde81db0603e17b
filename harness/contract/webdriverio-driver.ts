// What an engine folder supplies so the WebdriverIO runner can drive it (the engine's half of the
// WebdriverIO driver contract).
import type { SessionRequest, Stage } from './session.ts';

export interface WebdriverioSession {
  browser: WebdriverIO.Browser;
  browserVersion: string;
  close(): Promise<void>;
}

export interface WebdriverioEngineDriver {
  /** Starts a fresh session in the request's condition, with the init scripts in place. */
  open(request: SessionRequest, stage: Stage): Promise<WebdriverioSession>;
  /**
   * Capabilities of a cheap session that only hosts a `wdio` test worker (wdio.conf.ts): WebdriverIO
   * starts one per worker whatever the spec does. Engines that can host one say how.
   */
  workerHostCapabilities?(): WebdriverIO.Capabilities;
}
