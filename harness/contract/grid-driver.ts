// What an engine folder supplies so the grid runner can drive it through any WebDriver endpoint (a
// Selenium Grid 4, a cloud grid, a container node): the engine's half of the grid driver contract.
// Only what travels through the endpoint belongs here: capabilities, and commands sent through the
// session once it is open. Binary paths stay with the node (its stereotype or its own install).
import type { SessionRequest, Stage } from './session.ts';

/** How a local Selenium Grid 4 serves this engine: a driver the node starts, or a relay to a driver it cannot start. */
export type LocalGridNode =
  | {
      kind: 'driver';
      /** Grid's `[[node.driver-configuration]]`: the stereotype (with the binary) and the driver executable. */
      displayName: string;
      stereotype: Record<string, unknown>;
      webdriverExecutable: string;
    }
  | {
      kind: 'relay';
      /** Grid's `[relay]`: a WebDriver server the harness starts (`{port}` is replaced), matched by this stereotype. */
      stereotype: Record<string, unknown>;
      command: string[];
      /** The driver starts headed browsers: it needs an X display. */
      needsDisplay: boolean;
    };

export interface GridEngineDriver {
  /** W3C capabilities that carry the request's condition (launch arguments in the engine's vendor key). */
  capabilities(request: SessionRequest, stage: Stage): WebdriverIO.Capabilities;
  /**
   * What the condition needs once the session is open (CDP commands, init scripts), and again when
   * a reused session takes the next cell.
   */
  prepare(browser: WebdriverIO.Browser, request: SessionRequest, stage: Stage): Promise<void>;
  /** Undoes what prepare() left on the stage (scripts the proxy injects) when the session ends. */
  release?(stage: Stage): void;
  /** Sessions for requests with the same key can serve each other's cells; undefined: a fresh session per cell. */
  reuseKey?(request: SessionRequest): string;
  /** A local Grid 4 node for this engine (tests, and users without Docker). */
  localNode?(): LocalGridNode;
}
