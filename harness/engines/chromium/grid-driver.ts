// Chromium through any WebDriver endpoint whose node runs chromedriver (a Selenium Grid 4 node, a
// cloud grid, a container): the condition's launch arguments travel in goog:chromeOptions, its CDP
// commands and init scripts through the session (as under the local WebdriverIO driver). No binary
// path is sent: the node's stereotype (or its own install) says which Chromium it runs.
import type { GridEngineDriver } from '../../contract/grid-driver.ts';
import { requireExecutable } from '../../host/find-executable.ts';
import { CHROMEDRIVER_EXECUTABLE, CHROMIUM_EXECUTABLE, type ChromiumLaunch } from './launch-options.ts';
import { applyCondition, chromeOptionsArgs } from './webdriver-condition.ts';

const launchOf = (request: { condition: { launch: Record<string, unknown> } }) => request.condition.launch as unknown as ChromiumLaunch;
const headedFor = (request: Parameters<GridEngineDriver['capabilities']>[0]) => !!launchOf(request).headed || request.options.headed;

export const chromiumGridDriver: GridEngineDriver = {
  capabilities(request) {
    return {
      browserName: 'chrome',
      'wdio:enforceWebDriverClassic': true,
      'goog:chromeOptions': { args: chromeOptionsArgs(launchOf(request), headedFor(request)) },
    } as WebdriverIO.Capabilities;
  },
  // Each cell has an origin of its own, so a session launched with the same arguments serves the next
  // cell: its init scripts are replaced and its permissions set for the new origin.
  reuseKey: (request) => JSON.stringify({ args: launchOf(request).args, headed: headedFor(request) }),
  prepare: (browser, request) => applyCondition(browser, request),
  localNode: () => ({
    kind: 'driver',
    displayName: 'chrome',
    stereotype: { browserName: 'chrome', 'goog:chromeOptions': { binary: requireExecutable(CHROMIUM_EXECUTABLE) } },
    webdriverExecutable: requireExecutable(CHROMEDRIVER_EXECUTABLE),
  }),
};
