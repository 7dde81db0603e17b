// Finds a browser or driver binary: an explicit env override, the distribution's package, then
// Playwright's own download (only where it is already installed). Missing → how to install it.
import { existsSync } from 'node:fs';
import type { ExecutableSpec } from '../contract/executable-spec.ts';
import { EnvironmentError } from '../util/errors.ts';

export type { ExecutableSpec };

export function findExecutable(spec: ExecutableSpec): string | undefined {
  const override = process.env[spec.env];
  if (override) return existsSync(override) ? override : undefined;
  for (const c of spec.candidates) {
    let path: string | undefined;
    try {
      path = typeof c === 'function' ? c() : c;
    } catch {
      path = undefined;
    }
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

export function requireExecutable(spec: ExecutableSpec): string {
  const found = findExecutable(spec);
  if (!found) {
    const override = process.env[spec.env];
    const where = override ? `${spec.env}=${override} does not exist` : `not found (looked in ${spec.candidates.filter((c) => typeof c === 'string').join(', ')})`;
    throw new EnvironmentError(`${spec.what} ${where}. Install it: ${spec.install}`);
  }
  return found;
}

/**
 * The path a remote endpoint (a browser server) is asked to start: the one found here (or the
 * explicit override), else the first standard path, which a machine or container with the same
 * distribution packages has. The endpoint, not this machine, must have it.
 */
export function executableForEndpoint(spec: ExecutableSpec): string {
  return findExecutable(spec) ?? process.env[spec.env] ?? spec.candidates.find((c): c is string => typeof c === 'string') ?? spec.what;
}
