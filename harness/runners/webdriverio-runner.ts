// The WebdriverIO runner: a fresh WebDriver session per cell (engines differ in how it is made, see
// each engine's webdriverio-adapter), and the AppPage run-cell drives.
import { chromiumWebdriverioAdapter } from '../engines/chromium/webdriverio-adapter.ts';
import { webkitWebdriverioAdapter } from '../engines/webkit/webdriverio-adapter.ts';
import type { Stage } from '../run/run-cell.ts';
import type { AppPage, CellSession, SessionRequest } from './driver.ts';
import type { WebdriverioEngineAdapter } from './webdriverio-engine-adapter.ts';

const ADAPTERS: Record<string, WebdriverioEngineAdapter> = {
  chromium: chromiumWebdriverioAdapter,
  webkit: webkitWebdriverioAdapter,
};

class WebdriverioAppPage implements AppPage {
  constructor(
    private readonly browser: WebdriverIO.Browser,
    private readonly framePrefix?: string,
  ) {}

  /** With a wrapper page, every operation acts inside the app's iframe. */
  private async enterAppFrame(): Promise<void> {
    if (!this.framePrefix) return;
    await this.browser.switchToParentFrame().catch(() => {});
    await this.browser.switchFrame(null).catch(() => {});
    const frame = await this.browser.$(`iframe[src^="${this.framePrefix}"]`);
    await frame.waitForExist({ timeout: 5000 });
    await this.browser.switchToFrame(frame);
  }
  async goto(url: string) {
    await this.browser.url(url);
    await this.enterAppFrame();
  }
  async reload() {
    await this.browser.execute('location.reload()');
    await new Promise((r) => setTimeout(r, 300));
    await this.browser.waitUntil(async () => (await this.browser.execute('return document.readyState')) === 'complete', { timeout: 10_000 });
    await this.enterAppFrame();
  }
  async click(selector: string, timeout: number) {
    const el = await this.browser.$(selector);
    await el.waitForClickable({ timeout });
    await el.click();
  }
  async select(selector: string, value: string, timeout: number) {
    const el = await this.browser.$(selector);
    await el.waitForExist({ timeout });
    await el.selectByAttribute('value', value);
  }
  async fill(selector: string, value: string, timeout: number) {
    const el = await this.browser.$(selector);
    await el.waitForDisplayed({ timeout });
    await el.setValue(value);
  }
  async waitFor(selector: string, timeout: number) {
    await (await this.browser.$(selector)).waitForDisplayed({ timeout });
  }
  async isVisible(selector: string) {
    for (const el of await this.browser.$$(selector).getElements()) if (await el.isDisplayed()) return true;
    return false;
  }
  async texts(selector: string) {
    const out: string[] = [];
    for (const el of await this.browser.$$(selector).getElements()) out.push(await el.getText());
    return out;
  }
  async attributes(selector: string, attribute: string) {
    const out: Array<string | null> = [];
    for (const el of await this.browser.$$(selector).getElements()) out.push(await el.getAttribute(attribute));
    return out;
  }
  async evaluate(expression: string) {
    return this.browser.execute(`return (${expression});`);
  }
  async screenshot() {
    return Buffer.from(await this.browser.takeScreenshot(), 'base64');
  }
  consoleLines() {
    return ['(classic WebDriver exposes no console log)'];
  }
}

export class WebdriverioRunner {
  constructor(private readonly stage: Stage) {}

  async open(request: SessionRequest): Promise<CellSession> {
    const adapter = ADAPTERS[request.cell.engine];
    if (!adapter) throw new Error(`the WebdriverIO runner cannot drive ${request.cell.engine}`);
    const session = await adapter.open(request, this.stage);
    return {
      page: new WebdriverioAppPage(session.browser, request.appFrameUrlPrefix),
      browserVersion: session.browserVersion,
      afterStart: async () => {},
      close: () => session.close(),
    };
  }
}
