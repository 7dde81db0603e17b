// The AppPage of the Playwright runner: profile actions and reads on the app's frame (the page
// itself, or the cross-origin iframe inside the wrapper page).
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import type { AppPage, OutcomeQuery, OutcomeRead } from '../contract/session.ts';
import { outcomeReadExpression } from '../probe/outcome-read.ts';

export class PlaywrightAppPage implements AppPage {
  private readonly lines: string[] = [];
  private readonly onConsole = (m: ConsoleMessage) => this.lines.push(`[${m.type()}] ${m.text()}`);
  private readonly onPageError = (e: Error) => this.lines.push(`[pageerror] ${e.message}`);
  constructor(
    private readonly page: Page,
    private readonly framePrefix?: string,
  ) {
    page.on('console', this.onConsole);
    page.on('pageerror', this.onPageError);
  }
  /** Stops listening: the page may serve the next cell. */
  detach(): void {
    this.page.off('console', this.onConsole);
    this.page.off('pageerror', this.onPageError);
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
  async check(selector: string, timeout: number) {
    await (await this.frame()).check(selector, { timeout });
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
  async readOutcome(query: OutcomeQuery) {
    return (await this.evaluate(outcomeReadExpression(query))) as OutcomeRead;
  }
  async screenshot() {
    // JPEG is several times cheaper to encode than PNG at this size and still shows every word.
    return this.page.screenshot({ timeout: 5000, type: 'jpeg', quality: 70 });
  }
  consoleLines() {
    return this.lines;
  }
}
