// How Chrome, Edge and Brave identify themselves on each OS, and how Chromium is made to say so: CDP
// Emulation.setUserAgentOverride with userAgentMetadata, the only form that also changes
// navigator.platform and the UA-CH brands (a context-level userAgent leaves navigator.platform "Linux x86_64").
import type { Browser, Os } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { OsIdentity } from '../identity.ts';

export const CHROMIUM_MAJOR = '156';

const OS: Record<Exclude<Os, 'ios'>, { ua: string; platform: string; ch: string; chv: string; mobile: boolean }> = {
  windows: { ua: 'Windows NT 10.0; Win64; x64', platform: 'Win32', ch: 'Windows', chv: '15.0.0', mobile: false },
  macos: { ua: 'Macintosh; Intel Mac OS X 10_15_7', platform: 'MacIntel', ch: 'macOS', chv: '14.5.0', mobile: false },
  linux: { ua: 'X11; Linux x86_64', platform: 'Linux x86_64', ch: 'Linux', chv: '6.1.0', mobile: false },
  android: { ua: 'Linux; Android 10; K', platform: 'Linux armv81', ch: 'Android', chv: '14.0.0', mobile: true },
};

export function chromiumIdentity(browser: Browser, os: Os): OsIdentity {
  // Chromium never hosts iOS cells (every iOS browser is WebKit); a desktop identity is the safe fallback.
  const o = OS[os === 'ios' ? 'macos' : os];
  const mobile = o.mobile ? 'Mobile ' : '';
  const edge = browser === 'edge' ? (o.mobile ? ` EdgA/${CHROMIUM_MAJOR}.0.0.0` : ` Edg/${CHROMIUM_MAJOR}.0.0.0`) : '';
  return {
    userAgent: `Mozilla/5.0 (${o.ua}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CHROMIUM_MAJOR}.0.0.0 ${mobile}Safari/537.36${edge}`,
    platform: o.platform,
    chPlatform: o.ch,
    chPlatformVersion: o.chv,
    mobile: o.mobile,
  };
}

/** UA-CH brand list for a Chromium-family brand (Brave sends the same UA string as Chrome; only the brands differ). */
export function chromiumBrands(browser: Browser): Array<{ brand: string; version: string }> {
  const brand = ({ chrome: 'Google Chrome', edge: 'Microsoft Edge', brave: 'Brave' } as Partial<Record<Browser, string>>)[browser] ?? 'Google Chrome';
  return [
    { brand: 'Not.A/Brand', version: '99' },
    { brand: 'Chromium', version: CHROMIUM_MAJOR },
    { brand, version: CHROMIUM_MAJOR },
  ];
}

export function userAgentOverride(cell: Pick<Cell, 'browser' | 'os'>) {
  const id = chromiumIdentity(cell.browser, cell.os);
  const brands = chromiumBrands(cell.browser);
  return {
    userAgent: id.userAgent,
    platform: id.platform,
    userAgentMetadata: {
      brands,
      fullVersionList: brands.map((b) => ({ brand: b.brand, version: `${b.version}.0.0.0` })),
      platform: id.chPlatform,
      platformVersion: id.chPlatformVersion,
      architecture: id.mobile ? 'arm' : 'x86',
      model: id.mobile ? 'K' : '',
      mobile: id.mobile,
      bitness: '64',
      wow64: false,
    },
  };
}
