// WebKitGTK through WebdriverIO: one MiniBrowser, one permission relay and one WebKitWebDriver per
// session (a fresh profile each time), under Xvfb. The harness starts the browser itself so the relay
// can sit on its inspector connection and set the automation session's capture permission (see
// permission-relay.ts). Session creation hangs when the browser cannot start, so the connection
// timeout is short and never retried.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { remote } from 'webdriverio';
import { requireExecutable } from '../../host/find-executable.ts';
import { freePort } from '../../host/free-port.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import type { WebdriverioEngineDriver } from '../../contract/webdriverio-driver.ts';
import { MINIBROWSER_EXECUTABLE, minibrowserArgs, WEBKITDRIVER_EXECUTABLE, webkitCapabilities, type WebKitLaunch } from './capabilities.ts';
import { platformScript, userAgentOf } from './identity.ts';
import { startPermissionRelay, type PermissionRelay } from './permission-relay.ts';

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

/** The browser's inspector server accepts connections once the automation-enabled UI process is up. */
async function waitForInspector(port: number, browser: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (browser.exitCode !== null || browser.signalCode !== null) throw new Error(`MiniBrowser exited (${browser.exitCode ?? browser.signalCode}) before its inspector server answered`);
    const up = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      c.once('connect', () => {
        c.destroy();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`MiniBrowser's inspector server did not answer on port ${port} within ${ms} ms`);
}

const wantsAllow = (l: WebKitLaunch) => l.getUserMedia !== 'deny';

export const webkitWebdriverioDriver: WebdriverioEngineDriver = {
  reuseKey(request) {
    // What the session was launched with: the mock devices (or none) and the user agent. The capture
    // permission is not part of it: prepare() switches it through the relay.
    const l = request.condition.launch as unknown as WebKitLaunch;
    return JSON.stringify({ args: l.args, ua: userAgentOf(request.cell, l) });
  },
  async open(request, stage) {
    const driverPath = requireExecutable(WEBKITDRIVER_EXECUTABLE);
    const binary = requireExecutable(MINIBROWSER_EXECUTABLE);
    const display = await ensureDisplay(request.options.headed);
    const l = request.condition.launch as unknown as WebKitLaunch;
    const inspectorPort = await freePort();
    // An https app: the probe reaches its pages through the intercepting proxy (mockttp, its own CA),
    // whose certificates MiniBrowser is told to accept; a plain-http app keeps the harness's own proxy.
    const tls = new URL(request.appOrigin).protocol === 'https:';
    const proxyOrigin = tls ? await stage.interceptHttps() : stage.frameHostOrigin.replace('localhost', '127.0.0.1');
    // What WebKitWebDriver does when it launches the browser itself (WebKit's
    // Source/WebDriver/glib/SessionHostGlib.cpp): the inspector address and overlay scrollbars.
    const browserProcess = spawn(
      binary,
      [
        ...minibrowserArgs({ launchArgs: l.args, userAgent: userAgentOf(request.cell, l), proxyOrigin }),
        ...(tls ? ['--ignore-tls-errors'] : []),
      ],
      { env: { ...process.env, DISPLAY: display, WEBKIT_INSPECTOR_SERVER: `127.0.0.1:${inspectorPort}`, GTK_OVERLAY_SCROLLING: '1' }, stdio: 'ignore' },
    );
    let relay: PermissionRelay | undefined;
    let driver: ChildProcess | undefined;
    const stopAll = () => {
      driver?.kill();
      relay?.close();
      browserProcess.kill();
    };
    try {
      await waitForInspector(inspectorPort, browserProcess, 10_000);
      relay = await startPermissionRelay(inspectorPort);
      const port = await freePort();
      driver = spawn(driverPath, [`--port=${port}`, `--target=127.0.0.1:${relay.port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
      await waitForPort(port, 5000);
      // No init scripts in classic WebDriver: the harness proxy puts them in front of every page.
      stage.injectScripts([platformScript(request.cell), ...request.initScripts]);
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: request.options.traceDir ? 'info' : 'silent', // a failing command is reported in the cell's result, not as a driver log line
        connectionRetryCount: 0,
        connectionRetryTimeout: 20_000,
        capabilities: webkitCapabilities() as WebdriverIO.Capabilities,
      });
      // The automation session starts allowing capture: only a refusal needs the command.
      let allowing = true;
      const permit = async (want: boolean) => {
        if (want === allowing) return;
        await relay!.setGetUserMedia(want);
        allowing = want;
      };
      await permit(wantsAllow(l));
      const caps = browser.capabilities as { browserVersion?: string };
      return {
        browser,
        browserVersion: `WebKitGTK ${caps.browserVersion ?? ''}`.trim(),
        ...(tls ? { servedThrough: `the intercepting proxy (mockttp, its own CA; MiniBrowser --ignore-tls-errors) at ${proxyOrigin}` } : {}),
        // A reused session serves a cell on another origin: the proxy's injected scripts and the
        // automation session's capture permission change.
        prepare: async (next) => {
          stage.injectScripts([platformScript(next.cell), ...next.initScripts]);
          await permit(wantsAllow(next.condition.launch as unknown as WebKitLaunch));
        },
        // A recovery cell's second phase: the same switch, turned to allow (the next cell's prepare sets its own).
        recover: async (r) => {
          if (r.permissions) await permit(Object.values(r.permissions).every((v) => v === 'granted'));
        },
        close: async () => {
          await browser.deleteSession().catch(() => {});
          stage.injectScripts([]);
          stopAll();
        },
      };
    } catch (e) {
      stopAll();
      stage.injectScripts([]);
      throw e;
    }
  },
};
