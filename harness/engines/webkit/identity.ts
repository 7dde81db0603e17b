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
