// WebKitGTK through any WebDriver endpoint whose node runs WebKitWebDriver (a Selenium Grid 4 relay
// to it: the jar has no WebKitGTK driver of its own). WebKitWebDriver starts its own MiniBrowser (no
// binary path is sent) with the condition's arguments from webkitgtk:browserOptions; the probe and the
// OS identity come through the harness proxy, as locally. What the relay sets on the inspector
// connection (a refusal) cannot travel: webkit-engine.ts declares those cells unavailable.
import type { GridEngineDriver } from '../../contract/grid-driver.ts';
import { requireExecutable } from '../../host/find-executable.ts';
import { minibrowserArgs, WEBKITDRIVER_EXECUTABLE, webkitCapabilities, type WebKitLaunch } from './capabilities.ts';
import { platformScript, userAgentOf } from './identity.ts';

const launchOf = (request: { condition: { launch: Record<string, unknown> } }) => request.condition.launch as unknown as WebKitLaunch;

export const webkitGridDriver: GridEngineDriver = {
  capabilities(request, stage) {
    const l = launchOf(request);
    const args = minibrowserArgs({ launchArgs: l.args, userAgent: userAgentOf(request.cell, l), proxyOrigin: stage.frameHostOrigin.replace('localhost', '127.0.0.1') });
    return { ...webkitCapabilities(), 'webkitgtk:browserOptions': { args } } as WebdriverIO.Capabilities;
  },
  // What the browser was launched with: the mock devices (or none) and the user agent.
  reuseKey: (request) => JSON.stringify({ args: launchOf(request).args, ua: userAgentOf(request.cell, launchOf(request)) }),
  async prepare(_browser, request, stage) {
    // No init scripts in classic WebDriver: the harness proxy puts them in front of every page.
    stage.injectScripts([platformScript(request.cell), ...request.initScripts]);
  },
  release: (stage) => stage.injectScripts([]),
  localNode: () => ({
    kind: 'relay',
    stereotype: { browserName: 'MiniBrowser', platformName: 'linux' },
    command: [requireExecutable(WEBKITDRIVER_EXECUTABLE), '--port={port}'],
    needsDisplay: true,
  }),
};
