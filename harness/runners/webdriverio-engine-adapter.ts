// What an engine folder supplies so the WebdriverIO runner can drive it.
import type { Stage } from '../run/run-cell.ts';
import type { SessionRequest } from './driver.ts';

export interface WebdriverioSession {
  browser: WebdriverIO.Browser;
  browserVersion: string;
  close(): Promise<void>;
}

export interface WebdriverioEngineAdapter {
  /** Starts a fresh session in the request's condition, with the init scripts in place. */
  open(request: SessionRequest, stage: Stage): Promise<WebdriverioSession>;
}
