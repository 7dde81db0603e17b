// Firefox under Playwright: everything is a launch pref (one browser per distinct pref set), and
// insecure-context cells reach the loopback app through the harness's proxy.
import { requireExecutable } from '../../host/find-executable.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import type { PlaywrightEngineAdapter } from '../../runners/playwright-engine-adapter.ts';
import { FIREFOX_EXECUTABLE, identityPrefs, type GeckoLaunch } from './launch-options.ts';

export const geckoPlaywrightAdapter: PlaywrightEngineAdapter = {
  browserType: 'firefox',
  async launchOptions({ cell, condition, proxyOrigin }) {
    const l = condition.launch as unknown as GeckoLaunch;
    const headed = !!l.headed || process.env.PH_HEADED === '1';
    const proxy = condition.placement.insecureOrigin && proxyOrigin ? new URL(proxyOrigin) : undefined;
    return {
      channel: 'moz-firefox',
      executablePath: requireExecutable(FIREFOX_EXECUTABLE),
      headless: !headed,
      ...(headed ? { env: { ...process.env, DISPLAY: await ensureDisplay() } } : {}),
      ...(process.env.PH_SLOWMO ? { slowMo: Number(process.env.PH_SLOWMO) } : {}),
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
