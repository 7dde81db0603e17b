// Loads a target profile and its playbook from disk: validation (one `path: message` line per
// problem), `${ENV}` substitution, and the list of secret values that reports must redact.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../util/errors.ts';
import { formatZodError } from '../util/format-zod-error.ts';
import { Playbook } from './playbook-schema.ts';
import { TargetProfile } from './profile-schema.ts';

export interface LoadedTarget {
  profile: TargetProfile;
  playbook: Playbook;
  /** Absolute path of the profile file. */
  source: string;
  /** Absolute folder to serve on loopback, when the profile has `serve`. */
  serveDir?: string;
  /** Values substituted from the environment: never written to a report. */
  secrets: string[];
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Replaces `${NAME}` in every string with the environment's value; a missing variable is an error. */
function substituteEnv<T>(value: T, env: NodeJS.ProcessEnv, secrets: string[], where: string): T {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
      const v = env[name];
      if (v === undefined) throw new UsageError(`${where}: environment variable ${name} is not set`);
      if (v.length) secrets.push(v);
      return v;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => substituteEnv(v, env, secrets, where)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env, secrets, where)])) as T;
  }
  return value;
}

export function parseProfile(raw: unknown, source: string): TargetProfile {
  const r = TargetProfile.safeParse(raw);
  if (!r.success) throw new UsageError(`invalid target profile ${source}:\n${formatZodError(r.error)}`);
  return r.data;
}

export function parsePlaybook(raw: unknown, source: string): Playbook {
  const r = Playbook.safeParse(raw);
  if (!r.success) throw new UsageError(`invalid playbook ${source}:\n${formatZodError(r.error)}`);
  return r.data;
}

export function loadTarget(profilePath: string, env: NodeJS.ProcessEnv = process.env): LoadedTarget {
  const source = resolve(profilePath);
  const secrets: string[] = [];
  const profile = substituteEnv(parseProfile(readJson(source, 'target profile'), source), env, secrets, source);
  const dir = dirname(source);
  const playbookPath = resolve(dir, profile.playbook);
  const playbook = parsePlaybook(readJson(playbookPath, 'playbook'), playbookPath);
  let serveDir: string | undefined;
  if (profile.serve) {
    serveDir = resolve(dir, profile.serve);
    if (!existsSync(serveDir)) throw new UsageError(`target profile ${source}: serve folder ${serveDir} does not exist`);
  }
  return { profile, playbook, source, serveDir, secrets };
}

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
}
