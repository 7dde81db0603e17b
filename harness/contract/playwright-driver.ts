// What an engine folder supplies so the Playwright runner can drive it (the engine's half of the
// Playwright driver contract).
import type { Browser, BrowserContext, BrowserContextOptions, BrowserType, LaunchOptions, Page } from 'playwright-core';
import type { Recovery } from './condition.ts';
import type { SessionRequest } from './session.ts';

export interface PreparedPage {
  afterStart(): Promise<void>;
  /** A recovery cell's browser-side step (CellSession.recover); absent when this engine cannot apply one. */
  recover?(recovery: Recovery): Promise<void>;
  dispose(): Promise<void>;
}

export interface PlaywrightEngineDriver {
  /** The Playwright browser type that launches this engine (loaded with the driver). */
  browserType: BrowserType;
  /** Product name and version for the report, from the launched browser's own version string. */
  productName: string;
  /**
   * Launch options for the condition; equal options share one browser (JSON-compared). `remote`: for
   * a browser server elsewhere, which has its own display and environment (none are sent) and the
   * browser at the path this engine names.
   */
  launchOptions(request: SessionRequest, where?: { remote: boolean }): Promise<LaunchOptions>;
  /** Options of the context the cell's page lives in; equal options (and init scripts) share a context. */
  contextOptions(request: SessionRequest): BrowserContextOptions;
  /** Scripts this engine adds before the page's own (e.g. an OS identity the UA option cannot give). */
  initScripts?(request: SessionRequest): string[];
  /** Applies what is per page (permissions, UA override) before the first navigation. */
  prepare(args: { browser: Browser; context: BrowserContext; page: Page; request: SessionRequest }): Promise<PreparedPage>;
}
