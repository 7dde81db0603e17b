// Where the browser is sent for a cell: the app's own URL, the same app on a non-secure hostname,
// or a wrapper page on another origin that embeds the app in an iframe without `allow`.
import { INSECURE_HOSTNAME } from '../contract/condition.ts';
import { UsageError } from '../util/errors.ts';

export function withQuery(url: string, query: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  return u.toString();
}

export function isLoopback(url: string): boolean {
  const h = new URL(url).hostname;
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]';
}

/** The app on plain http at a hostname that is not a secure context but still reaches the loopback server. */
export function insecureUrl(appUrl: string): string {
  if (!isLoopback(appUrl)) {
    throw new UsageError(`insecure-context needs a loopback target (the harness maps ${INSECURE_HOSTNAME} to 127.0.0.1); ${appUrl} is not`);
  }
  const u = new URL(appUrl);
  u.protocol = 'http:';
  u.hostname = INSECURE_HOSTNAME;
  return u.toString();
}

/** URL of the harness's wrapper page that frames `appUrl` without granting capture features. */
export function framedUrl(frameHostOrigin: string, appUrl: string): string {
  return `${frameHostOrigin}/__permission-harness/frame?src=${encodeURIComponent(appUrl)}`;
}
