// OS and brand emulation for Chromium: CDP Emulation.setUserAgentOverride with userAgentMetadata is the
// only form that also changes navigator.platform and the UA-CH brands (engine-facts).
import type { Cell } from '../../matrix/cell.ts';
import { chromiumBrands, identityOf } from '../user-agents.ts';

export function userAgentOverride(cell: Pick<Cell, 'browser' | 'os'>) {
  const id = identityOf(cell.browser, cell.os);
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
