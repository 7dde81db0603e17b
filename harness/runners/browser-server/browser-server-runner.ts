// The browser-server runner plug-in: the Playwright runner's browsers, contexts and warm pages, but
// each browser comes from a remote `playwright run-server --unsafe` endpoint through
// browserType.connect(), launched there with its launch group's own options (the
// x-playwright-launch-options header: executable, arguments, Firefox prefs). The endpoint per cell
// is the planner's (launch groups round-robin over the `--browser-server` URLs).
import type { RunnerPlugin } from '../../contract/runner-plugin.ts';
import { PlaywrightRunnerInstance, type BrowserLauncher } from '../playwright-browsers.ts';
import { connectedBrowser } from './connected-browser.ts';

const connectLauncher: BrowserLauncher = {
  remote: true,
  launch: (driver, launchOptions, request) => {
    if (!request.endpoint) throw new Error('a browser-server cell was planned without an endpoint (--browser-server <ws-url>)');
    return driver.browserType.connect(request.endpoint, { headers: { 'x-playwright-launch-options': JSON.stringify(launchOptions) }, timeout: 60_000 });
  },
  describe: (driver, browser, request) => connectedBrowser(driver.browserType.name(), browser.version(), request.endpoint ?? ''),
};

export const browserServerRunner: RunnerPlugin = {
  name: 'browser-server',
  start: (_stage, options) => new PlaywrightRunnerInstance(options, connectLauncher),
};
