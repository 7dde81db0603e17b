// Firefox under Playwright: everything is a launch pref (one browser per distinct pref set), and
// insecure-context cells reach the loopback app through the harness's proxy.
import { firefox } from 'playwright-core';
import { requireExecutable } from '../../host/find-executable.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import { identityPrefs } from './identity.ts';
import { FIREFOX_EXECUTABLE, type GeckoLaunch } from './launch-options.ts';

export const geckoPlaywrightDriver: PlaywrightEngineDriver = {
  browserType: firefox,
  productName: 'Firefox',
  async launchOptions({ cell, condition, proxyOrigin, options }) {
    const l = condition.launch as unknown as GeckoLaunch;
    const headed = !!l.headed || options.headed;
    const proxy = condition.placement.insecureOrigin && proxyOrigin ? new URL(proxyOrigin) : undefined;
    return {
      channel: 'moz-firefox',
      executablePath: requireExecutable(FIREFOX_EXECUTABLE),
      headless: !headed,
      ...(headed ? { env: { ...process.env, DISPLAY: await ensureDisplay(options.headed) } } : {}),
      ...(options.slowMoMs ? { slowMo: options.slowMoMs } : {}),
      firefoxUserPrefs: {
        ...l.prefs,
        ...identityPrefs(cell),
        ...(proxy
          ? { 'network.proxy.type': 1, 'network.proxy.http': proxy.hostname, 'network.proxy.http_port': Number(proxy.port), 'network.proxy.no_proxies_on': 'localhost, 127.0.0.1' }
          : {}),
      },
    };
  },
  contextOptions() {
    return {};
  },
  async prepare() {
    return { afterStart: async () => {}, dispose: async () => {} };
  },
};
