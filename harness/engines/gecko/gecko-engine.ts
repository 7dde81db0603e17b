// The Gecko plug-in (Firefox): Debian's firefox-esr driven by Playwright 1.64.1 through the
// `moz-firefox` channel. Everything the harness knows about Firefox is in this folder.
import { spawnSync } from 'node:child_process';
import type { EngineModule } from '../../contract/engine-module.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { endedInPage, inAppOnly, liftedAfterEmulatedStart, liftedRejection, nothingChanges, refusedAgain } from '../recovery-rows.ts';
import { GECKO_CONDITIONS } from './conditions.ts';
import { FIREFOX_EXECUTABLE } from './launch-options.ts';
import { GECKO_MESSAGES } from './messages.ts';

/** Why a closed Firefox prompt cannot be answered differently on the retry (measured ESR 153). */
const TEMPORARY_BLOCK =
  "Firefox does not ask again after a closed prompt: it blocks the site in that tab for a while (measured ESR 153: the next request is refused at once, without a prompt, also after a reload), so there is no prompt to allow; undoing that block is the address bar's permission panel, which no run-time route here reaches";

export const geckoEngine: EngineModule = {
  name: 'gecko',
  label: 'Firefox (Gecko)',
  runners: {
    playwright: { needs: [FIREFOX_EXECUTABLE], driver: async () => (await import('./playwright-driver.ts')).geckoPlaywrightDriver },
    // A browser server elsewhere has the browser: nothing on this host. Its prefs travel in the launch options.
    'browser-server': { needs: [], driver: async () => (await import('./playwright-driver.ts')).geckoPlaywrightDriver },
  },
  unsupported: {
    webdriverio: 'WebdriverIO needs geckodriver, which no Debian package ships and whose download is blocked here',
    grid: 'a grid takes the WebdriverIO cells, and Firefox runs on Playwright here (use --browser-server for remote Firefox)',
  },
  // The page-level recoveries need nothing of the driver: the in-app device choice, the lifted page rejection.
  recoveries: {
    'select-other-device': (cell, first) => inAppOnly(cell, first, ['playwright']),
    'close-other-app': (cell, first) => liftedRejection(cell, first, ['playwright']),
    // A refusal by the pref settles at once: nothing was asked.
    'retry-unchanged': (cell, first) => refusedAgain(cell, first, ['playwright'], 'the pref still refuses the site'),
    'connect-device': (cell) =>
      liftedAfterEmulatedStart(
        cell,
        emulated(cell, GECKO_CONDITIONS.granted({ ...cell, state: 'granted' }), GECKO_MESSAGES.notFound, 'the start without devices is emulated so that a device can appear'),
        'a camera and microphone connected',
        'the host without devices is Firefox launched without media.navigator.streams.fake (a launch pref), and no run-time command plugs a fake device in',
        ['playwright'],
      ),
    'revoke-while-recording': (cell) =>
      endedInPage(cell, "Firefox's permissions here are launch prefs (permissions.default.*), and its Playwright driver has no run-time permission change for the camera or microphone", ['playwright']),
    'unplug-device': (cell) => endedInPage(cell, 'the fake capture devices are the launch pref media.navigator.streams.fake, and no run-time command unplugs one', ['playwright'], { noDevice: GECKO_MESSAGES.notFound }),
    // Firefox does not ask again after a closed prompt: it blocks the site in that tab for a while
    // (measured ESR 153: every later request refused at once, without a prompt, also after a reload; the
    // screen's sharing prompt too). That is the state the retry meets, and what allowing would need first.
    'dismiss-again': (cell, first) =>
      first.fidelity !== 'native'
        ? { unavailable: `its dismissed is emulated here (${first.why ?? first.mechanism}): whether a closed prompt asks again cannot be observed` }
        : nothingChanges(cell, "the profile's retry: Firefox does not show the prompt again (a closed prompt blocks the site in that tab for a while) and refuses at once", { kind: 'exception', ...GECKO_MESSAGES.notAllowed, prompt: 'not-shown' }, ['playwright']),
    'allow-and-retry': () => ({ unavailable: TEMPORARY_BLOCK }),
    'pick-surface': (cell) => ({ unavailable: cell.state === 'dismissed' ? TEMPORARY_BLOCK : "the refusal is the launch pref permissions.default.screen=2, and no run-time route reaches Firefox's permissions here" }),
  },
  // Measured on ESR 153 with Playwright 1.64.1: BiDi permissions.setPermission answers "unsupported
  // operation" for microphone and camera (so does Playwright's grantPermissions); Marionette, started
  // beside it (--marionette -remote-allow-system-access), answers, but its chrome-context scripts need a
  // WebDriver session, and Firefox allows one: Playwright's BiDi session ("Maximum number of active sessions").
  recoveryGap:
    "Firefox's permission states are launch prefs (permissions.default.microphone/camera/screen, media.navigator.streams.fake), and no run-time route reaches them here: BiDi permissions.setPermission is unsupported for microphone and camera, and Marionette's privileged scripts need a second WebDriver session, which Firefox refuses while Playwright's is open (measured ESR 153)",
  conditions: GECKO_CONDITIONS,
  // Firefox resolves *.localhost to loopback and treats it as a secure context (measured on ESR 153).
  isolatesLocalhostSubdomains: true,
  messages: GECKO_MESSAGES,
  version: (_spec, path) => (spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '').trim().split('\n')[0] ?? '',
};
