// `--grid <url>`, `--capabilities <file>` and `--browser-server <ws-url>[,…]`: the remote runners'
// endpoints, checked before anything runs (bad input is one line, exit 2, naming what is valid).
import { readFileSync } from 'node:fs';
import { UserCapabilities } from '../contract/grid-capabilities.ts';
import type { RemoteRunner } from '../plan/remote-endpoints.ts';
import type { RunnerRegistry } from '../runners/registry.ts';
import { UsageError } from '../util/errors.ts';
import { formatZodError } from '../util/format-zod-error.ts';
import { csv, type Flags } from './parse-args.ts';

/** The endpoints each remote runner's flag gave, keyed by the local runner it stands in for. */
export function remoteRunnersFromFlags(flags: Flags, registry: RunnerRegistry): Record<string, RemoteRunner> {
  const out: Record<string, RemoteRunner> = {};
  for (const entry of registry.all()) {
    const r = entry.remote;
    if (!r) continue;
    const value = (flags as Record<string, unknown>)[r.flag];
    if (value === undefined) continue;
    const endpoints = csv(String(value)) ?? [];
    if (!endpoints.length) throw new UsageError(`--${r.flag} expects ${r.several ? 'one or more comma-separated URLs' : 'a URL'} (${r.schemes.join(' or ')}//host:port/…), got "${String(value)}"`);
    if (!r.several && endpoints.length > 1) throw new UsageError(`--${r.flag} takes one URL, got ${endpoints.length}: ${String(value)}`);
    for (const e of endpoints) {
      let url: URL | undefined;
      try {
        url = new URL(e);
      } catch {
        url = undefined;
      }
      if (!url || !r.schemes.includes(url.protocol)) throw new UsageError(`--${r.flag} expects ${r.schemes.map((s) => `${s}//…`).join(' or ')} URLs, got "${e}"`);
    }
    out[r.standsInFor] = { runner: entry.name, endpoints };
  }
  return out;
}

/** `--runner grid` names a remote runner directly: it has no cells of its own, its flag sends them. */
export function checkRunnerNames(names: string[] | undefined, registry: RunnerRegistry): void {
  for (const name of names ?? []) {
    const r = registry.get(name).remote;
    if (r) throw new UsageError(`--runner ${name} is a remote runner: give --${r.flag} <url> instead (it takes the ${r.standsInFor} cells); valid --runner values are ${registry.names().filter((n) => !registry.get(n).remote).join(', ')}`);
  }
}

/** `--capabilities <file>`: a JSON object of W3C or vendor capabilities, merged into each grid cell's own. */
export function gridCapabilitiesFromFlags(flags: Flags): UserCapabilities | undefined {
  const file = flags.capabilities;
  if (file === undefined) return undefined;
  if (!flags.grid) throw new UsageError('--capabilities needs --grid <url>: the capabilities are merged into what each grid cell asks the endpoint for');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--capabilities ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${String((e as Error).message)})`}`);
  }
  const parsed = UserCapabilities.safeParse(json);
  if (!parsed.success) throw new UsageError(`--capabilities ${file} is not a capabilities object:\n${formatZodError(parsed.error)}`);
  return parsed.data;
}
