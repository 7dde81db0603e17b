// The Playwright runner plug-in: keeps one browser per distinct launch configuration (cells are
// grouped by launch configuration, so most cells only cost a new context), and opens each cell's
// context through the engine's Playwright driver (contract/playwright-driver.ts).
import type { Browser } from 'playwright-core';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import type { RunOptions } from '../../contract/run-options.ts';
import type { RunnerInstance, RunnerPlugin } from '../../contract/runner-plugin.ts';
import type { CellSession, SessionArtifact, SessionRequest } from '../../contract/session.ts';
import { PlaywrightAppPage } from './playwright-app-page.ts';

class PlaywrightRunnerInstance implements RunnerInstance {
  private readonly browsers = new Map<string, Promise<Browser>>();
  constructor(private readonly options: RunOptions) {}

  async open(request: SessionRequest, driverModule: unknown): Promise<CellSession> {
    const driver = driverModule as PlaywrightEngineDriver;
    const launchOptions = await driver.launchOptions(request);
    const key = `${driver.browserType.name()} ${JSON.stringify({ ...launchOptions, env: launchOptions.env ? { DISPLAY: launchOptions.env.DISPLAY } : undefined })}`;
    let browserPromise = this.browsers.get(key);
    if (!browserPromise) {
      browserPromise = driver.browserType.launch(launchOptions);
      this.browsers.set(key, browserPromise);
      browserPromise.catch(() => this.browsers.delete(key));
    }
    const browser = await browserPromise;
    const { videoDir, traceDir } = this.options;
    const context = await browser.newContext({
      viewport: { width: 1000, height: 720 },
      ...driver.contextOptions(request),
      ...(request.headers ? { extraHTTPHeaders: request.headers } : {}),
      ...(videoDir ? { recordVideo: { dir: videoDir, size: { width: 1000, height: 720 } } } : {}),
    });
    if (request.cookies?.length && request.cookieUrl) {
      await context.addCookies(request.cookies.map((c) => ({ ...c, url: request.cookieUrl })).map(({ path: _p, ...c }) => c));
    }
    for (const content of request.initScripts) await context.addInitScript({ content });
    if (traceDir) await context.tracing.start({ screenshots: true, snapshots: true });
    const page = await context.newPage();
    const prepared = await driver.prepare({ browser, context, page, request });
    const artifacts: SessionArtifact[] = [];
    return {
      page: new PlaywrightAppPage(page, request.appFrameUrlPrefix),
      browserVersion: `${driver.productName} ${browser.version()}`,
      afterStart: () => prepared.afterStart(),
      artifacts: () => artifacts,
      close: async () => {
        const name = request.cell.id.replaceAll('/', '__');
        if (traceDir) {
          const path = `${traceDir}/${name}.zip`;
          await context.tracing.stop({ path }).then(() => artifacts.push({ kind: 'trace', path }), () => {});
        }
        await prepared.dispose();
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
    await Promise.all(all.map(async (b) => (await b.catch(() => undefined))?.close()));
  }
}

export const playwrightRunner: RunnerPlugin = {
  name: 'playwright',
  start: (_stage, options) => new PlaywrightRunnerInstance(options),
};
