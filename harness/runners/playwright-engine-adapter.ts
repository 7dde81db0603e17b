// What an engine folder supplies so the Playwright runner can drive it.
import type { Browser, BrowserContext, BrowserContextOptions, LaunchOptions, Page } from 'playwright-core';
import type { SessionRequest } from './driver.ts';

export interface PreparedPage {
  afterStart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface PlaywrightEngineAdapter {
  browserType: 'chromium' | 'firefox';
  /** Launch options for the condition; equal options share one browser (JSON-compared). */
  launchOptions(request: SessionRequest): Promise<LaunchOptions>;
  contextOptions(request: SessionRequest): BrowserContextOptions;
  /** Applies what is per page (permissions, UA override) before the first navigation. */
  prepare(args: { browser: Browser; context: BrowserContext; page: Page; request: SessionRequest }): Promise<PreparedPage>;
}
