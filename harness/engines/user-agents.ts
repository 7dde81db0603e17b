// What each browser brand on each OS says about itself: the user agent string, navigator.platform
// and (Chromium only) the UA Client Hints. Engines apply these with their own mechanism.
import type { Browser, Os } from '../../scenarios/axes.ts';

export interface OsIdentity {
  userAgent: string;
  platform: string;
  /** UA-CH platform name and version (Sec-CH-UA-Platform). */
  chPlatform: string;
  chPlatformVersion: string;
  mobile: boolean;
}

const CHROMIUM_MAJOR = '156';
const FIREFOX_MAJOR = '153';

const CHROMIUM_OS: Record<Exclude<Os, 'ios'>, { ua: string; platform: string; ch: string; chv: string; mobile: boolean }> = {
  windows: { ua: 'Windows NT 10.0; Win64; x64', platform: 'Win32', ch: 'Windows', chv: '15.0.0', mobile: false },
  macos: { ua: 'Macintosh; Intel Mac OS X 10_15_7', platform: 'MacIntel', ch: 'macOS', chv: '14.5.0', mobile: false },
  linux: { ua: 'X11; Linux x86_64', platform: 'Linux x86_64', ch: 'Linux', chv: '6.1.0', mobile: false },
  android: { ua: 'Linux; Android 10; K', platform: 'Linux armv81', ch: 'Android', chv: '14.0.0', mobile: true },
};

const GECKO_OS: Record<Exclude<Os, 'ios'>, { ua: string; platform: string }> = {
  windows: { ua: `Windows NT 10.0; Win64; x64; rv:${FIREFOX_MAJOR}.0`, platform: 'Win32' },
  macos: { ua: `Macintosh; Intel Mac OS X 10.15; rv:${FIREFOX_MAJOR}.0`, platform: 'MacIntel' },
  linux: { ua: `X11; Linux x86_64; rv:${FIREFOX_MAJOR}.0`, platform: 'Linux x86_64' },
  android: { ua: `Android 14; Mobile; rv:${FIREFOX_MAJOR}.0`, platform: 'Linux armv81' },
};

const IOS_TOKEN: Record<Browser, string> = {
  safari: 'Version/17.4 Mobile/15E148 Safari/604.1',
  chrome: `CriOS/${CHROMIUM_MAJOR}.0.0.0 Mobile/15E148 Safari/604.1`,
  edge: `EdgiOS/${CHROMIUM_MAJOR}.0.0.0 Version/17.0 Mobile/15E148 Safari/604.1`,
  firefox: `FxiOS/${FIREFOX_MAJOR}.0 Mobile/15E148 Safari/605.1.15`,
  brave: 'Version/17.4 Mobile/15E148 Safari/604.1',
};

export function identityOf(browser: Browser, os: Os): OsIdentity {
  if (os === 'ios') {
    return {
      userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ${IOS_TOKEN[browser]}`,
      platform: 'iPhone',
      chPlatform: 'iOS',
      chPlatformVersion: '17.4.0',
      mobile: true,
    };
  }
  if (browser === 'safari') {
    return {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      platform: 'MacIntel',
      chPlatform: 'macOS',
      chPlatformVersion: '14.5.0',
      mobile: false,
    };
  }
  if (browser === 'firefox') {
    const g = GECKO_OS[os];
    const tail = os === 'android' ? `Gecko/${FIREFOX_MAJOR}.0 Firefox/${FIREFOX_MAJOR}.0` : `Gecko/20100101 Firefox/${FIREFOX_MAJOR}.0`;
    return { userAgent: `Mozilla/5.0 (${g.ua}) ${tail}`, platform: g.platform, chPlatform: '', chPlatformVersion: '', mobile: os === 'android' };
  }
  const o = CHROMIUM_OS[os];
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
  const brand = { chrome: 'Google Chrome', edge: 'Microsoft Edge', brave: 'Brave' }[browser as 'chrome'] ?? 'Google Chrome';
  return [
    { brand: 'Not.A/Brand', version: '99' },
    { brand: 'Chromium', version: CHROMIUM_MAJOR },
    { brand, version: CHROMIUM_MAJOR },
  ];
}
