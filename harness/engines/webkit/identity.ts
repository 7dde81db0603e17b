// How Safari on macOS, and every browser on iOS (all of them WebKit with another UI), identify
// themselves. WebKitGTK takes the user agent string (--user-agent) but cannot change navigator.platform:
// the proxy injects platformScript before the page's scripts so OS detection sees the emulated OS.
import type { Browser, Os } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { OsIdentity } from '../identity.ts';

const IOS_TOKEN: Record<Browser, string> = {
  safari: 'Version/17.4 Mobile/15E148 Safari/604.1',
  chrome: 'CriOS/156.0.0.0 Mobile/15E148 Safari/604.1',
  edge: 'EdgiOS/156.0.0.0 Version/17.0 Mobile/15E148 Safari/604.1',
  firefox: 'FxiOS/153.0 Mobile/15E148 Safari/605.1.15',
  brave: 'Version/17.4 Mobile/15E148 Safari/604.1',
};

export function webkitIdentity(browser: Browser, os: Os): OsIdentity {
  if (os === 'ios') {
    return {
      userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ${IOS_TOKEN[browser]}`,
      platform: 'iPhone',
      chPlatform: 'iOS',
      chPlatformVersion: '17.4.0',
      mobile: true,
    };
  }
  return {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    platform: 'MacIntel',
    chPlatform: 'macOS',
    chPlatformVersion: '14.5.0',
    mobile: false,
  };
}

export function platformScript(cell: Pick<Cell, 'browser' | 'os'>): string {
  const { platform } = webkitIdentity(cell.browser, cell.os);
  return `Object.defineProperty(Navigator.prototype, 'platform', { configurable: true, get: function () { return ${JSON.stringify(platform)}; } });`;
}

/**
 * Safari 13.1 as it identified itself, the newest version the articles rule out ("Please do not use
 * Safari v13 or lower, including on iOS devices"). WebKitGTK only wears the string: its engine and
 * capture APIs stay today's.
 */
export const OLD_SAFARI = {
  version: '13.1.2',
  macos: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
  ios: 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Mobile/15E148 Safari/604.1',
} as const;

/** The user agent a cell's session wears: the condition's own (an older Safari) or the browser/OS identity. */
export function userAgentOf(cell: Pick<Cell, 'browser' | 'os'>, launch: { userAgent?: string }): string {
  return launch.userAgent ?? webkitIdentity(cell.browser, cell.os).userAgent;
}
