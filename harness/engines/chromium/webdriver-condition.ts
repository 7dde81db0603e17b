// What both WebDriver routes to Chromium share (chromedriver started here, or any WebDriver endpoint
// whose node runs chromedriver): the launch arguments in goog:chromeOptions, and the condition's CDP
// commands and init scripts sent through the session (WebdriverIO's sendCommandAndGetResult →
// chromedriver's `goog/cdp/execute`, which a Selenium Grid routes to the node like any command).
import { conditionCommands } from './cdp-commands.ts';
import { chromiumArgs, type ChromiumLaunch } from './launch-options.ts';

export function chromeOptionsArgs(l: ChromiumLaunch, headed: boolean): string[] {
  return [...chromiumArgs(l), ...(headed ? [] : ['--headless=new']), '--window-size=1000,720'];
}

/** The init scripts this session added last: a reused session removes them before adding the next cell's. */
const addedScripts = new WeakMap<WebdriverIO.Browser, string[]>();

export async function applyCondition(browser: WebdriverIO.Browser, request: Parameters<typeof conditionCommands>[0]): Promise<void> {
  for (const identifier of addedScripts.get(browser) ?? []) {
    await browser.sendCommandAndGetResult('Page.removeScriptToEvaluateOnNewDocument', { identifier });
  }
  const identifiers: string[] = [];
  for (const source of request.initScripts) {
    const added = (await browser.sendCommandAndGetResult('Page.addScriptToEvaluateOnNewDocument', { source })) as { identifier: string };
    identifiers.push(added.identifier);
  }
  addedScripts.set(browser, identifiers);
  for (const [method, params] of conditionCommands(request)) await browser.sendCommandAndGetResult(method, params);
}
