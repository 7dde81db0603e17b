// Firefox under Playwright: the state is a launch pref (one browser per distinct pref set); the OS
// identity and, for insecure-context cells, the harness's proxy are context settings, so cells of
// one state on every OS share a browser.
import { playwrightCore } from '../../util/playwright-core.ts';
import { displayAndPace, executablePathFor } from '../playwright-launch.ts';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import { geckoIdentity, identityScript } from './identity.ts';
import { FIREFOX_EXECUTABLE, type GeckoLaunch } from './launch-options.ts';

export const geckoPlaywrightDriver: PlaywrightEngineDriver = {
  browserType: playwrightCore.firefox,
  productName: 'Firefox',
  async launchOptions({ condition, options }, where) {
    const l = condition.launch as unknown as GeckoLaunch;
    return { channel: 'moz-firefox', executablePath: executablePathFor(FIREFOX_EXECUTABLE, where), firefoxUserPrefs: l.prefs, ...(await displayAndPace(l.headed, options, where)) };
  },
  contextOptions({ cell, condition, proxyOrigin }) {
    const proxy = condition.placement.insecureOrigin && proxyOrigin ? { server: proxyOrigin.replace('localhost', '127.0.0.1'), bypass: 'localhost,127.0.0.1' } : undefined;
    return { userAgent: geckoIdentity(cell.browser, cell.os).userAgent, ...(proxy ? { proxy } : {}) };
  },
  initScripts({ cell }) {
    return [identityScript(cell)];
  },
  async prepare() {
    return { afterStart: async () => {}, dispose: async () => {} };
  },
};
