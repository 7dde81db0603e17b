// What a remote endpoint (a WebDriver node, a Playwright browser server) says it started for a cell:
// the report shows these, never the capabilities the harness asked for, and says whether the cell's
// OS axis is the node's real OS or only an identity the engine makes the browser wear.
import { z } from 'zod';

/**
 * `real`: the node runs the cell's OS; `emulated-by-identity`: it runs another OS and the cell's OS is
 * only the user agent and platform the engine sets; `not-reported`: the endpoint does not say its OS.
 */
export const OsSource = z.enum(['real', 'emulated-by-identity', 'not-reported']);
export type OsSource = z.infer<typeof OsSource>;

export const RemoteBrowser = z.object({
  /** The endpoint, without credentials (scheme, host, port, path). */
  endpoint: z.string(),
  browserName: z.string(),
  browserVersion: z.string(),
  /** The node's platformName, as it reported it (absent where the endpoint reports none). */
  platformName: z.string().optional(),
  osSource: OsSource,
});
export type RemoteBrowser = z.infer<typeof RemoteBrowser>;

/** How the report words the OS source, e.g. `emulated by identity (node: linux)`. */
export function osSourceText(remote: Pick<RemoteBrowser, 'osSource' | 'platformName'>): string {
  if (remote.osSource === 'not-reported') return 'emulated by identity unless the server runs that OS (it does not report its OS)';
  return remote.osSource === 'real' ? `real (node: ${remote.platformName})` : `emulated by identity (node: ${remote.platformName})`;
}

/** An endpoint URL as reports show it: credentials (a cloud grid's user:key@) removed. */
export function endpointForReport(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.search = '';
  return u.toString();
}
