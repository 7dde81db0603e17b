// The WebKit plug-in (Safari, and every iOS browser): Debian's WebKitGTK MiniBrowser driven by
// WebdriverIO through WebKitWebDriver under Xvfb. Everything the harness knows about WebKit is here.
import { spawnSync } from 'node:child_process';
import type { EngineModule } from '../../contract/engine-module.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { endedInPage, inAppOnly, liftedAfterEmulatedStart, liftedRejection, refusedAgain } from '../recovery-rows.ts';
import { MINIBROWSER_EXECUTABLE, WEBKITDRIVER_EXECUTABLE } from './capabilities.ts';
import { REFUSAL_ROUTE, WEBKIT_CONDITIONS } from './conditions.ts';
import { WEBKIT_MESSAGES } from './messages.ts';
import { WEBKIT_PERMISSION_RECOVERIES } from './recoveries.ts';

export const webkitEngine: EngineModule = {
  name: 'webkit',
  label: 'WebKit (WebKitGTK)',
  runners: {
    webdriverio: { needs: [WEBKITDRIVER_EXECUTABLE, MINIBROWSER_EXECUTABLE], driver: async () => (await import('./webdriverio-driver.ts')).webkitWebdriverioDriver },
    // A WebDriver endpoint whose node runs WebKitWebDriver (a Grid 4 relay): nothing on this host.
    grid: { needs: [], driver: async () => (await import('./grid-driver.ts')).webkitGridDriver },
  },
  unsupported: {
    playwright: "Playwright's WebKit build cannot be downloaded here and Debian's MiniBrowser lacks --inspector-pipe",
    'browser-server': "a browser server takes the Playwright cells, and Playwright's WebKit build is not what runs WebKit here",
  },
  limits: [
    {
      runner: 'grid',
      when: { state: ['denied', 'dismissed'] },
      why: `WebKit refuses capture only through ${REFUSAL_ROUTE}; that connection is inside the node, out of reach through a WebDriver endpoint`,
    },
    {
      runner: 'grid',
      when: {},
      endpoint: 'non-loopback',
      why: "the probe and the OS identity reach WebKit pages through the harness's HTTP proxy on this machine's loopback (MiniBrowser --proxy), which a node on another host cannot use",
    },
  ],
  // The page-level recoveries need nothing of the driver: the in-app device choice, the lifted page rejection.
  recoveries: {
    ...WEBKIT_PERMISSION_RECOVERIES,
    'select-other-device': (cell, first) => inAppOnly(cell, first, ['webdriverio']),
    'close-other-app': (cell, first) => liftedRejection(cell, first, ['webdriverio']),
    'retry-unchanged': (cell, first) => refusedAgain(cell, first, ['webdriverio'], "the automation session's capture flag still refuses"),
    'connect-device': (cell) =>
      liftedAfterEmulatedStart(
        cell,
        emulated(cell, WEBKIT_CONDITIONS.granted({ ...cell, state: 'granted' }), WEBKIT_MESSAGES.invalidConstraint, 'the start without devices is emulated so that a device can appear'),
        'a camera and microphone connected',
        "the host without devices is MiniBrowser launched without --enable-mock-capture-devices (a launch argument), and no run-time command plugs a mock device in",
        ['webdriverio'],
      ),
    'unplug-device': (cell) => endedInPage(cell, "MiniBrowser's mock capture devices are a launch argument (--enable-mock-capture-devices), and no run-time command unplugs one", ['webdriverio'], { noDevice: WEBKIT_MESSAGES.invalidConstraint }),
    'dismiss-again': () => ({ unavailable: 'WebKit under automation shows no prompt: its dismissed is the same refusal as denied (one PermissionDenied path), so whether a closed prompt asks again cannot be observed' }),
  },
  recoveryGap:
    'WebKit under automation has no device switch at run time: MiniBrowser gets its mock devices (or none) as a launch argument (--enable-mock-capture-devices)',
  conditions: WEBKIT_CONDITIONS,
  // Through the harness proxy every *.localhost name reaches the loopback app, and WebKit treats
  // *.localhost as a secure context (measured: navigator.mediaDevices present).
  isolatesLocalhostSubdomains: true,
  messages: WEBKIT_MESSAGES,
  // WebKitGTK's binaries print no version: ask the package manager. doctor prints this beside each
  // binary, so the driver's line also names the route refusals take.
  version: (need) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    const v = r.status === 0 ? `WebKitGTK ${r.stdout.trim()}` : '';
    return need === WEBKITDRIVER_EXECUTABLE ? [v, `refusals: ${REFUSAL_ROUTE}`].filter(Boolean).join('; ') : v;
  },
};
