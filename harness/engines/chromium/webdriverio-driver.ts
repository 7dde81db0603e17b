// Chromium through WebdriverIO and Debian's chromedriver (both binaries given: no download). The same
// CDP commands as under Playwright go through chromedriver's CDP endpoint; init scripts through
// Page.addScriptToEvaluateOnNewDocument.
import { remote } from 'webdriverio';
import { requireExecutable } from '../../host/find-executable.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import type { WebdriverioEngineDriver } from '../../contract/webdriverio-driver.ts';
import { CHROMEDRIVER_EXECUTABLE, CHROMIUM_BASE_ARGS, CHROMIUM_EXECUTABLE, type ChromiumLaunch } from './launch-options.ts';
import { applyCondition, chromeOptionsArgs } from './webdriver-condition.ts';

export const chromiumWebdriverioDriver: WebdriverioEngineDriver = {
  async open(request) {
    const l = request.condition.launch as unknown as ChromiumLaunch;
    const headed = !!l.headed || request.options.headed;
    if (headed) process.env.DISPLAY = await ensureDisplay(request.options.headed);
    const browser = await remote({
      // --trace keeps the WebDriver log (every command and answer) beside the Playwright traces.
      logLevel: request.options.traceDir ? 'info' : 'silent', // a failing command is reported in the cell's result, not as a driver log line
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'chrome',
        'wdio:enforceWebDriverClassic': true,
        'wdio:chromedriverOptions': { binary: requireExecutable(CHROMEDRIVER_EXECUTABLE) },
        'goog:chromeOptions': {
          binary: requireExecutable(CHROMIUM_EXECUTABLE),
          args: chromeOptionsArgs(l, headed),
        },
      },
    });
    await applyCondition(browser, request);
    const caps = browser.capabilities as { browserVersion?: string };
    return {
      browser,
      browserVersion: `Chromium ${caps.browserVersion ?? ''}`.trim(),
      close: async () => {
        await browser.deleteSession().catch(() => {});
      },
    };
  },
  workerHostCapabilities() {
    return {
      browserName: 'chrome',
      'wdio:enforceWebDriverClassic': true,
      'wdio:chromedriverOptions': { binary: requireExecutable(CHROMEDRIVER_EXECUTABLE) },
      'goog:chromeOptions': { binary: requireExecutable(CHROMIUM_EXECUTABLE), args: [...CHROMIUM_BASE_ARGS, '--headless=new'] },
    } as WebdriverIO.Capabilities;
  },
};
