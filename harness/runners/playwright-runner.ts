// The Playwright runner: keeps one browser per distinct launch configuration (cells are grouped by
// launch config, so most cells only cost a new context), and gives run-cell its AppPage.
import { chromium, firefox, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumPlaywrightAdapter } from '../engines/chromium/playwright-adapter.ts';
import { geckoPlaywrightAdapter } from '../engines/gecko/playwright-adapter.ts';
import type { AppPage, CellSession, SessionRequest } from './driver.ts';
import type { PlaywrightEngineAdapter } from './playwright-engine-adapter.ts';

const ADAPTERS: Record<string, PlaywrightEngineAdapter> = {
  chromium: chromiumPlaywrightAdapter,
  gecko: geckoPlaywrightAdapter,
};

class PlaywrightAppPage implements AppPage {
  private readonly lines: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly framePrefix?: string,
  ) {
    page.on('console', (m) => this.lines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => this.lines.push(`[pageerror] ${e.message}`));
  }
  /** The app's frame: the page itself, or the cross-origin iframe inside the wrapper page. */
  private async frame(): Promise<Frame> {
    if (!this.framePrefix) return this.page.mainFrame();
    for (let i = 0; i < 100; i++) {
      const f = this.page.frames().find((fr) => fr !== this.page.mainFrame() && fr.url().startsWith(this.framePrefix!));
      if (f) return f;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the app frame (${this.framePrefix}) did not appear in the embedding page`);
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load', timeout: 15000 });
  }
  async reload() {
    // A navigation Playwright waits for (location.reload() from a script can return before the old
    // document is gone, and the next action would land on it).
    const frame = await this.frame();
    await frame.goto(frame.url(), { waitUntil: 'load', timeout: 15000 });
  }
  async click(selector: string, timeout: number) {
    await (await this.frame()).click(selector, { timeout });
  }
  async select(selector: string, value: string, timeout: number) {
    await (await this.frame()).selectOption(selector, value, { timeout });
  }
  async fill(selector: string, value: string, timeout: number) {
    await (await this.frame()).fill(selector, value, { timeout });
  }
  async waitFor(selector: string, timeout: number) {
    await (await this.frame()).waitForSelector(selector, { state: 'visible', timeout });
  }
  async isVisible(selector: string) {
    const loc = (await this.frame()).locator(selector);
    const n = await loc.count();
    for (let i = 0; i < n; i++) if (await loc.nth(i).isVisible()) return true;
    return false;
  }
  async texts(selector: string) {
    return (await this.frame()).locator(selector).allInnerTexts();
  }
  async attributes(selector: string, attribute: string) {
    return (await this.frame()).locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attribute);
  }
  async evaluate(expression: string) {
    return (await this.frame()).evaluate(expression);
  }
  async screenshot() {
    return this.page.screenshot({ timeout: 5000 });
  }
  consoleLines() {
    return this.lines;
  }
}

export class PlaywrightRunner {
  private readonly browsers = new Map<string, Promise<Browser>>();

  async open(request: SessionRequest): Promise<CellSession> {
    const adapter = ADAPTERS[request.cell.engine];
    if (!adapter) throw new Error(`the Playwright runner cannot drive ${request.cell.engine}`);
    const options = await adapter.launchOptions(request);
    const key = `${adapter.browserType} ${JSON.stringify({ ...options, env: options.env ? { DISPLAY: options.env.DISPLAY } : undefined })}`;
    let browserPromise = this.browsers.get(key);
    if (!browserPromise) {
      browserPromise = (adapter.browserType === 'chromium' ? chromium : firefox).launch(options);
      this.browsers.set(key, browserPromise);
      browserPromise.catch(() => this.browsers.delete(key));
    }
    const browser = await browserPromise;
    const context = await browser.newContext({
      viewport: { width: 1000, height: 720 },
      ...adapter.contextOptions(request),
      ...(request.headers ? { extraHTTPHeaders: request.headers } : {}),
      ...(process.env.PH_VIDEO_DIR ? { recordVideo: { dir: process.env.PH_VIDEO_DIR, size: { width: 1000, height: 720 } } } : {}),
    });
    if (request.cookies?.length && request.cookieUrl) {
      await context.addCookies(request.cookies.map((c) => ({ ...c, url: request.cookieUrl })).map(({ path: _p, ...c }) => c));
    }
    for (const content of request.initScripts) await context.addInitScript({ content });
    const tracing = process.env.PH_TRACE_DIR;
    if (tracing) await context.tracing.start({ screenshots: true, snapshots: true });
    const page = await context.newPage();
    const prepared = await adapter.prepare({ browser, context, page, request });
    const artifacts: Array<{ kind: 'trace' | 'video' | 'log'; path: string }> = [];
    return {
      page: new PlaywrightAppPage(page, request.appFrameUrlPrefix),
      browserVersion: `${adapter.browserType === 'chromium' ? 'Chromium' : 'Firefox'} ${browser.version()}`,
      afterStart: () => prepared.afterStart(),
      artifacts: () => artifacts,
      close: async () => {
        const name = request.cell.id.replaceAll('/', '__');
        if (tracing) {
          const path = `${tracing}/${name}.zip`;
          await context.tracing.stop({ path }).then(() => artifacts.push({ kind: 'trace', path }), () => {});
        }
        await prepared.dispose();
        const video = page.video();
        await context.close();
        if (video) {
          const path = `${process.env.PH_VIDEO_DIR}/${name}.webm`;
          await video.saveAs(path).then(() => artifacts.push({ kind: 'video', path }), () => {});
        }
      },
    };
  }

  async close(): Promise<void> {
    const all = [...this.browsers.values()];
    this.browsers.clear();
    await Promise.all(all.map(async (b) => (await b.catch(() => undefined))?.close()));
  }
}
