// What the Playwright runners share (playwright/ launches browsers here, browser-server/ connects to
// remote `playwright run-server` endpoints): a cell costs a navigation, not a browser: one browser per distinct
// launch configuration, one context per distinct context configuration (options + init scripts),
// and, for a cell whose app is on an origin of its own (SessionRequest.isolatedOrigin), a warm page
// reused from the previous cell of that context. Cells that cannot be isolated by origin (a remote
// app, the insecure hostname) and cells recording a trace or video get a fresh context each.
import type { Browser, BrowserContext, BrowserContextOptions, LaunchOptions, Page } from 'playwright-core';
import type { Recovery } from '../contract/condition.ts';
import type { PlaywrightEngineDriver } from '../contract/playwright-driver.ts';
import type { RemoteBrowser } from '../contract/remote-browser.ts';
import type { RunOptions } from '../contract/run-options.ts';
import type { RunnerInstance } from '../contract/runner-plugin.ts';
import type { CellSession, SessionArtifact, SessionRequest } from '../contract/session.ts';
import { PlaywrightAppPage } from './playwright-app-page.ts';

/** How a runner gets a browser for launch options: launched here, or from a remote browser server. */
export interface BrowserLauncher {
  /** The launch options are for a browser server elsewhere (no local display, no host environment). */
  readonly remote: boolean;
  launch(driver: PlaywrightEngineDriver, launchOptions: LaunchOptions, request: SessionRequest): Promise<Browser>;
  /** What the endpoint reports about the browser it started (remote launchers only). */
  describe?(driver: PlaywrightEngineDriver, browser: Browser, request: SessionRequest): RemoteBrowser;
}

interface SharedContext {
  context: Promise<BrowserContext>;
  idle: Page[];
}

/**
 * Browsers kept open per worker. Plans come ordered by launch group (plan/launch-groups.ts), so a
 * group's cells follow each other: keeping the two most recently used browsers covers that order and
 * the odd cell that comes back to a group, and bounds memory (a Firefox is 200-400 MB).
 */
const KEEP_BROWSERS = 2;
/**
 * Contexts kept open per worker, each with its warm page (a renderer process): a launch group's cells
 * come browser/OS by browser/OS, so an identity's context is not needed again once the next one starts.
 * Without a bound, a release run kept ~90 idle renderers alive (3.1 GB, and slower cells).
 */
const KEEP_CONTEXTS = 3;

export class PlaywrightRunnerInstance implements RunnerInstance {
  /** Insertion order is recency: a used browser is moved to the end. */
  private readonly browsers = new Map<string, Promise<Browser>>();
  private readonly contexts = new Map<string, SharedContext>();
  constructor(
    private readonly options: RunOptions,
    private readonly launcher: BrowserLauncher,
  ) {}

  private async browser(driver: PlaywrightEngineDriver, request: SessionRequest): Promise<{ browser: Browser; key: string }> {
    const launchOptions = await driver.launchOptions(request, { remote: this.launcher.remote });
    const where = request.endpoint ?? 'here';
    const key = `${driver.browserType.name()} ${where} ${JSON.stringify({ ...launchOptions, env: launchOptions.env ? { DISPLAY: launchOptions.env.DISPLAY } : undefined })}`;
    let browserPromise = this.browsers.get(key);
    if (browserPromise) this.browsers.delete(key);
    else {
      browserPromise = this.launcher.launch(driver, launchOptions, request);
      browserPromise.catch(() => this.browsers.delete(key));
      await this.evictBeyond(KEEP_BROWSERS - 1);
    }
    this.browsers.set(key, browserPromise);
    return { browser: await browserPromise, key };
  }

  private async evictContextsBeyond(keep: number): Promise<void> {
    while (this.contexts.size > keep) {
      const [key, oldest] = this.contexts.entries().next().value as [string, SharedContext];
      this.contexts.delete(key);
      await (await oldest.context.catch(() => undefined))?.close().catch(() => {});
    }
  }

  /** Closes the least recently used browsers (and forgets their contexts) until `keep` remain. */
  private async evictBeyond(keep: number): Promise<void> {
    while (this.browsers.size > keep) {
      const [key, oldest] = this.browsers.entries().next().value as [string, Promise<Browser>];
      this.browsers.delete(key);
      for (const k of [...this.contexts.keys()]) if (k.startsWith(`${key} `)) this.contexts.delete(k);
      await (await oldest.catch(() => undefined))?.close().catch(() => {});
    }
  }

  private async newContext(browser: Browser, options: BrowserContextOptions, scripts: string[]): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    for (const content of scripts) await context.addInitScript({ content });
    return context;
  }

  async open(request: SessionRequest, driverModule: unknown): Promise<CellSession> {
    const driver = driverModule as PlaywrightEngineDriver;
    const { browser, key: browserKey } = await this.browser(driver, request);
    const { videoDir, traceDir } = this.options;
    const contextOptions: BrowserContextOptions = {
      viewport: { width: 1000, height: 720 },
      ...driver.contextOptions(request),
      ...(request.headers ? { extraHTTPHeaders: request.headers } : {}),
      ...(videoDir ? { recordVideo: { dir: videoDir, size: { width: 1000, height: 720 } } } : {}),
    };
    const scripts = [...(driver.initScripts?.(request) ?? []), ...request.initScripts];
    const reuse = request.isolatedOrigin && !traceDir && !videoDir;

    let context: BrowserContext;
    let page: Page;
    let shared: SharedContext | undefined;
    let reusedPage = false;
    if (reuse) {
      const key = `${browserKey} ${JSON.stringify(contextOptions)} ${JSON.stringify(scripts)}`;
      shared = this.contexts.get(key);
      if (shared) this.contexts.delete(key);
      else {
        shared = { context: this.newContext(browser, contextOptions, scripts), idle: [] };
        shared.context.catch(() => this.contexts.delete(key));
        await this.evictContextsBeyond(KEEP_CONTEXTS - 1);
      }
      // Insertion order is recency, as for browsers.
      this.contexts.set(key, shared);
      context = await shared.context;
      const warm = shared.idle.pop();
      reusedPage = !!warm;
      page = warm ?? (await context.newPage());
    } else {
      context = await this.newContext(browser, contextOptions, scripts);
      if (traceDir) await context.tracing.start({ screenshots: true, snapshots: true });
      page = await context.newPage();
    }
    if (request.cookies?.length && request.cookieUrl) {
      await context.addCookies(request.cookies.map((c) => ({ ...c, url: request.cookieUrl })).map(({ path: _p, ...c }) => c));
    }
    const prepared = await driver.prepare({ browser, context, page, request });
    const appPage = new PlaywrightAppPage(page, request.appFrameUrlPrefix);
    const artifacts: SessionArtifact[] = [];
    const remote = this.launcher.describe?.(driver, browser, request);
    return {
      page: appPage,
      // A remote browser's version() is the one the server's browser reports.
      browserVersion: `${driver.productName} ${browser.version()}`,
      ...(remote ? { remote } : {}),
      reusedPage,
      afterStart: () => prepared.afterStart(),
      ...(prepared.recover ? { recover: (r: Recovery) => prepared.recover!(r) } : {}),
      artifacts: () => artifacts,
      close: async () => {
        appPage.detach();
        await prepared.dispose();
        if (shared) {
          // The page waits, warm, for the next cell of this context: that cell's navigation to its own
          // origin ends this cell's document, its tracks and any pending request.
          if (!page.isClosed()) shared.idle.push(page);
          return;
        }
        const name = request.cell.id.replaceAll('/', '__');
        if (traceDir) {
          const path = `${traceDir}/${name}.zip`;
          await context.tracing.stop({ path }).then(() => artifacts.push({ kind: 'trace', path }), () => {});
        }
        const video = page.video();
        await context.close();
        if (video && videoDir) {
          const path = `${videoDir}/${name}.webm`;
          await video.saveAs(path).then(() => artifacts.push({ kind: 'video', path }), () => {});
        }
      },
    };
  }

  async close(): Promise<void> {
    const all = [...this.browsers.values()];
    this.browsers.clear();
    this.contexts.clear();
    await Promise.all(all.map(async (b) => (await b.catch(() => undefined))?.close()));
  }
}
