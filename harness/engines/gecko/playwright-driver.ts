// Firefox under Playwright: the state is a launch pref (one browser per distinct pref set); the OS
// identity and, for insecure-context cells, the harness's proxy are context settings, so cells of
// one state on every OS share a browser. A real prompt (dismissed) is closed with Escape after start.
import { playwrightCore } from '../../util/playwright-core.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import { apiOf } from '../capture-kind.ts';
import { displayAndPace, executablePathFor, promptDisplayKey } from '../playwright-launch.ts';
import { answerRealPrompt, DISMISS_KEYS } from '../real-prompt.ts';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import { geckoIdentity, identityScript } from './identity.ts';
import { FIREFOX_EXECUTABLE, type GeckoLaunch } from './launch-options.ts';

export const geckoPlaywrightDriver: PlaywrightEngineDriver = {
  browserType: playwrightCore.firefox,
  productName: 'Firefox',
  async launchOptions(request, where) {
    const l = request.condition.launch as unknown as GeckoLaunch;
    return { channel: 'moz-firefox', executablePath: executablePathFor(FIREFOX_EXECUTABLE, where), firefoxUserPrefs: l.prefs, ...(await displayAndPace(l.headed, request.options, where, promptDisplayKey(request))) };
  },
  contextOptions({ cell, condition, proxyOrigin }) {
    const proxy = condition.placement.insecureOrigin && proxyOrigin ? { server: proxyOrigin.replace('localhost', '127.0.0.1'), bypass: 'localhost,127.0.0.1' } : undefined;
    return { userAgent: geckoIdentity(cell.browser, cell.os).userAgent, ...(proxy ? { proxy } : {}) };
  },
  initScripts({ cell }) {
    return [identityScript(cell)];
  },
  async prepare({ page, request }) {
    const l = request.condition.launch as unknown as GeckoLaunch;
    // The prompt takes the keyboard only if its window is the active one when it opens (the app's click
    // comes next): each context is a window of its own, and the last one opened is not always this one.
    if (l.dismissPrompt) await page.bringToFront().catch(() => {});
    return {
      afterStart: async () => {
        if (!l.dismissPrompt) return;
        await answerRealPrompt(page, apiOf(request.cell.mode), await ensureDisplay(request.options.headed, promptDisplayKey(request)), { keys: DISMISS_KEYS });
      },
      dispose: async () => {},
    };
  },
};
