// What a remote endpoint reported it started, as the report shows it: the session's returned
// capabilities (browserName, browserVersion, platformName), not the ones asked for, and whether the
// cell's OS axis is the node's own OS or only the identity the engine makes the browser wear.
import type { Os } from '../../scenarios/axes.ts';
import type { Cell } from '../contract/cell.ts';
import { endpointForReport, type OsSource, type RemoteBrowser } from '../contract/remote-browser.ts';

/**
 * A WebDriver platformName as nodes spell it (`linux`, `LINUX`, `Windows 11`, `WIN10`, `mac`,
 * `macOS 14`, `OS X`, `ANDROID`, `iOS`), as an OS of the matrix; undefined for `any` or unknown names.
 */
export function osOfPlatform(platformName: string | undefined): Os | undefined {
  const p = (platformName ?? '').toLowerCase();
  if (/^(windows|win\d*|xp|vista)\b/.test(p)) return 'windows';
  if (/^(mac|os x|osx|sierra|high sierra|mojave|catalina|big sur|monterey|ventura|sonoma|sequoia)/.test(p)) return 'macos';
  if (/^android/.test(p)) return 'android';
  if (/^(ios|iphone|ipad)/.test(p)) return 'ios';
  if (/^(linux|ubuntu|debian|fedora)/.test(p)) return 'linux';
  return undefined;
}

export function osSourceOf(cell: Pick<Cell, 'os'>, platformName: string | undefined): OsSource {
  const os = osOfPlatform(platformName);
  if (!os) return 'not-reported';
  return os === cell.os ? 'real' : 'emulated-by-identity';
}

/** From a new WebDriver session's returned capabilities. */
export function remoteFromCapabilities(cell: Pick<Cell, 'os'>, endpoint: string, returned: { browserName?: unknown; browserVersion?: unknown; platformName?: unknown }): RemoteBrowser {
  const platformName = typeof returned.platformName === 'string' && returned.platformName ? returned.platformName : undefined;
  return {
    endpoint: endpointForReport(endpoint),
    browserName: typeof returned.browserName === 'string' ? returned.browserName : '(not reported)',
    browserVersion: typeof returned.browserVersion === 'string' ? returned.browserVersion : '(not reported)',
    ...(platformName ? { platformName } : {}),
    osSource: osSourceOf(cell, platformName),
  };
}
