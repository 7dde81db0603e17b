// WebKitGTK through WebdriverIO: one WebKitWebDriver and one MiniBrowser session per cell (a fresh
// profile each time), under Xvfb. Session creation hangs when the browser cannot start, so the
// connection timeout is short and never retried.
import { spawn } from 'node:child_process';
import { remote } from 'webdriverio';
import { requireExecutable } from '../../host/find-executable.ts';
import { freePort } from '../../host/free-port.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import type { WebdriverioEngineDriver } from '../../contract/webdriverio-driver.ts';
import { MINIBROWSER_EXECUTABLE, WEBKITDRIVER_EXECUTABLE, webkitCapabilities, type WebKitLaunch } from './capabilities.ts';
import { platformScript, userAgentOf } from './identity.ts';

async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

export const webkitWebdriverioDriver: WebdriverioEngineDriver = {
  reuseKey(request) {
    // What the session was launched with: the mock devices (or none) and the user agent.
    const l = request.condition.launch as unknown as WebKitLaunch;
    return JSON.stringify({ args: l.args, ua: userAgentOf(request.cell, l) });
  },
  async open(request, stage) {
    const driverPath = requireExecutable(WEBKITDRIVER_EXECUTABLE);
    const binary = requireExecutable(MINIBROWSER_EXECUTABLE);
    const display = await ensureDisplay(request.options.headed);
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    try {
      await waitForPort(port, 5000);
      // No init scripts in classic WebDriver: the harness proxy puts them in front of every page.
      stage.injectScripts([platformScript(request.cell), ...request.initScripts]);
      const l = request.condition.launch as unknown as WebKitLaunch;
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: request.options.traceDir ? 'info' : 'silent', // a failing command is reported in the cell's result, not as a driver log line
        connectionRetryCount: 0,
        connectionRetryTimeout: 20_000,
        capabilities: webkitCapabilities({
          binary,
          launchArgs: l.args,
          userAgent: userAgentOf(request.cell, l),
          proxyOrigin: stage.frameHostOrigin.replace('localhost', '127.0.0.1'),
        }) as WebdriverIO.Capabilities,
      });
      const caps = browser.capabilities as { browserVersion?: string };
      return {
        browser,
        browserVersion: `WebKitGTK ${caps.browserVersion ?? ''}`.trim(),
        // A reused session serves a cell on another origin: only the proxy's injected scripts change.
        prepare: async (next) => {
          stage.injectScripts([platformScript(next.cell), ...next.initScripts]);
        },
        close: async () => {
          await browser.deleteSession().catch(() => {});
          stage.injectScripts([]);
          driver.kill();
        },
      };
    } catch (e) {
      driver.kill();
      stage.injectScripts([]);
      throw e;
    }
  },
};
