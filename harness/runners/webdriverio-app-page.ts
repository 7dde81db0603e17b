// The AppPage of the WebdriverIO runner: profile actions and reads through WebDriver commands,
// inside the app's iframe when the cell wraps the app in a cross-origin page.
import type { AppPage, OutcomeQuery, OutcomeRead } from '../contract/session.ts';
import { outcomeReadExpression } from '../probe/outcome-read.ts';

export class WebdriverioAppPage implements AppPage {
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
  async check(selector: string, timeout: number) {
    // WebDriver has no "check": click the control unless it is on already, then confirm it is on.
    const el = await this.browser.$(selector);
    await el.waitForExist({ timeout });
    if (await el.isSelected()) return;
    await el.waitForClickable({ timeout });
    await el.click();
    if (!(await el.isSelected())) throw new Error(`clicking ${selector} did not check it`);
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
  async readOutcome(query: OutcomeQuery) {
    return (await this.evaluate(outcomeReadExpression(query))) as OutcomeRead;
  }
  async screenshot() {
    return Buffer.from(await this.browser.takeScreenshot(), 'base64');
  }
  consoleLines() {
    return ['(classic WebDriver exposes no console log)'];
  }
}
