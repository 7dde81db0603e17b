// How Firefox identifies itself on each OS, applied through prefs: the only way that also changes
// navigator.platform and oscpu, in every frame (the context `userAgent` option leaves them at Linux).
import type { Browser, Os } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { OsIdentity } from '../identity.ts';

export const FIREFOX_MAJOR = '153';

const OS: Record<Exclude<Os, 'ios'>, { ua: string; platform: string }> = {
  windows: { ua: `Windows NT 10.0; Win64; x64; rv:${FIREFOX_MAJOR}.0`, platform: 'Win32' },
  macos: { ua: `Macintosh; Intel Mac OS X 10.15; rv:${FIREFOX_MAJOR}.0`, platform: 'MacIntel' },
  linux: { ua: `X11; Linux x86_64; rv:${FIREFOX_MAJOR}.0`, platform: 'Linux x86_64' },
  android: { ua: `Android 14; Mobile; rv:${FIREFOX_MAJOR}.0`, platform: 'Linux armv81' },
};

export function geckoIdentity(_browser: Browser, os: Os): OsIdentity {
  // Gecko never hosts iOS cells (Firefox on iOS is WebKit); a desktop identity is the safe fallback.
  const key = os === 'ios' ? 'macos' : os;
  const g = OS[key];
  const tail = key === 'android' ? `Gecko/${FIREFOX_MAJOR}.0 Firefox/${FIREFOX_MAJOR}.0` : `Gecko/20100101 Firefox/${FIREFOX_MAJOR}.0`;
  return { userAgent: `Mozilla/5.0 (${g.ua}) ${tail}`, platform: g.platform, chPlatform: '', chPlatformVersion: '', mobile: key === 'android' };
}

/**
 * The identity a context carries: the user agent through the context option (HTTP header and
 * navigator.userAgent, every frame), and what that option leaves at Linux (navigator.platform,
 * oscpu, appVersion) through an init script, so the OS is a context setting, not a browser launch.
 */
export function identityScript(cell: Pick<Cell, 'browser' | 'os'>): string {
  const id = geckoIdentity(cell.browser, cell.os);
  const oscpu = /\(([^;)]+(?:; [^;)]+)?)/.exec(id.userAgent)?.[1]?.replace(/; rv:.*$/, '') ?? id.platform;
  const values = { platform: id.platform, oscpu, appVersion: id.userAgent.replace(/^Mozilla\//, '') };
  return `(function (v) { for (var k in v) Object.defineProperty(Navigator.prototype, k, { configurable: true, get: (function (x) { return function () { return x; }; })(v[k]) }); })(${JSON.stringify(values)});`;
}
