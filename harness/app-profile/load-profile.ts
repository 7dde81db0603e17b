// Loads a target profile and its playbook from disk: validation (one `path: message` line per
// problem), the playbook checked against the matrix (every rule reaches a cell, no two rules quietly
// contradict each other), `${ENV}` substitution, and the list of secret values that reports must redact.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AXIS_ORDER } from '../../scenarios/axes.ts';
import type { CellPattern, MatrixSpec } from '../../scenarios/schema.ts';
import type { Cell, CellCoordinates } from '../contract/cell.ts';
import { expandMatrix, matchesPattern, violatedConstraint } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { KnownIssuesFile, type KnownIssue } from '../contract/known-issues.ts';
import { UsageError } from '../util/errors.ts';
import { globToRegExp } from '../util/glob.ts';
import { Playbook, refsOf, stepRefMatches, unusedSteps, type PlaybookRule } from './playbook-schema.ts';
import { TargetProfile } from './profile-schema.ts';
import { loadSnapshot, type LoadedSnapshot } from './snapshot-file.ts';

export interface LoadedTarget {
  profile: TargetProfile;
  playbook: Playbook;
  /** Absolute path of the profile file. */
  source: string;
  /** Absolute folder to serve on loopback, when the profile has `serve`. */
  serveDir?: string;
  /** Values substituted from the environment: never written to a report. */
  secrets: string[];
  /** Suspicious but valid parts of the target (a catalogue step no rule uses); `list` prints them. */
  warnings?: string[];
  /** The target's known issues (profile `knownIssues`), validated. */
  knownIssues?: LoadedKnownIssues;
  /** The recorded playbook (profile `snapshot`): what the app showed per cell when it was recorded. */
  snapshot?: LoadedSnapshot;
}

export interface LoadedKnownIssues {
  /** Absolute path of the file. */
  path: string;
  issues: KnownIssue[];
}

/** One problem found outside zod, in the same `path: message` form. */
export interface ProfileIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * `invalid <what>: path: message` on one line for one problem (what a terminal user reads first);
 * several problems: the heading, then one indented `path: message` line each.
 */
function invalid(what: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): UsageError {
  const lines = issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  return new UsageError(lines.length === 1 ? `invalid ${what}: ${lines[0]}` : `invalid ${what}:\n${lines.map((l) => `  ${l}`).join('\n')}`);
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
  if (!r.success) throw invalid(`target profile ${source}`, r.error.issues);
  return r.data;
}

export function parsePlaybook(raw: unknown, source: string): Playbook {
  const r = Playbook.safeParse(raw);
  if (!r.success) throw invalid(`playbook ${source}`, r.error.issues);
  return r.data;
}

/**
 * Rule B is narrower than rule A when every axis A lists is listed in B with a subset of A's values,
 * and B lists one more axis or a strict subset somewhere: B's cells are then a part of A's.
 */
export function isNarrower(b: CellPattern, a: CellPattern): boolean {
  let strictly = false;
  for (const axis of AXIS_ORDER) {
    const av = a[axis] as readonly string[] | undefined;
    const bv = b[axis] as readonly string[] | undefined;
    if (!av) {
      if (bv) strictly = true;
      continue;
    }
    if (!bv || !bv.every((v) => av.includes(v))) return false;
    if (new Set(bv).size < new Set(av).size) strictly = true;
  }
  return strictly;
}

/** Why a pattern matches no cell, when the matrix spec is known: its values, or the constraints that remove them. */
function whyNoCell(when: CellPattern, spec: MatrixSpec): string {
  const constraints = new Map<string, string>();
  let combinations = 0;
  for (const browser of spec.axes.browser)
    for (const os of spec.axes.os)
      for (const state of spec.axes.state)
        for (const mode of spec.axes.mode) {
          const c: CellCoordinates = { browser, os, state, mode };
          if (!matchesPattern(c, when)) continue;
          combinations++;
          const k = violatedConstraint(spec, c);
          if (k) constraints.set(k.id, k.why);
        }
  if (!combinations) return `: its values are outside the matrix's axes`;
  const list = [...constraints].map(([id, why]) => `${id} (${why})`).join(', ');
  return `: every such combination is removed by constraint${constraints.size > 1 ? 's' : ''} ${list}`;
}

/**
 * The playbook checked against the matrix's cells (the zod schema cannot see them):
 * - a rule whose `when` matches no cell is a typo or a combination a constraint removes;
 * - two rules that set different `first` (or `last`) steps for one cell contradict each other unless
 *   the later one, which wins, is narrower than the earlier one (expected-steps.ts: later, more
 *   specific rules override). Reported once per pair of rules, at the first cell in matrix order.
 * `spec`, when given, lets the first message name the constraints that remove the rule's cells.
 */
export function checkPlaybookAgainstMatrix(playbook: Playbook, cells: readonly Cell[], spec?: MatrixSpec): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const rules = playbook.rules;
  rules.forEach((rule, i) => {
    if (!cells.some((c) => matchesPattern(c, rule.when))) {
      issues.push({ path: ['rules', i, 'when'], message: `matches no cell of the matrix (${JSON.stringify(rule.when)})${spec ? whyNoCell(rule.when, spec) : ''}` });
    }
  });
  for (const field of ['first', 'last'] as const) {
    const reported = new Set<string>();
    for (const cell of cells) {
      const setting = rules.flatMap((rule: PlaybookRule, i) => (rule[field] && matchesPattern(cell, rule.when) ? [i] : []));
      const winner = setting.at(-1);
      if (winner === undefined) continue;
      const w = rules[winner]!;
      for (const loser of setting.slice(0, -1)) {
        const l = rules[loser]!;
        const pair = `${loser}/${winner}`;
        if (l[field] === w[field] || reported.has(pair) || isNarrower(w.when, l.when)) continue;
        reported.add(pair);
        const why = isNarrower(l.when, w.when)
          ? `the later, broader rule wins over the more specific one: put rules.${loser} after rules.${winner}`
          : 'neither rule is more specific';
        issues.push({
          path: ['rules', winner, field],
          message: `"${w[field]}" contradicts rules.${loser}.${field} "${l[field]}" for cell ${cell.id} (${why})`,
        });
      }
    }
  }
  issues.push(...requiredButExcluded(playbook, cells));
  return issues;
}

/**
 * A step one rule requires (include, first, last) that another rule matching the same cell excludes:
 * that cell could never pass, whatever the app shows. Reported once per pair, at the first such cell.
 * A glob is required-but-excluded when every catalogue step it names is excluded.
 */
function requiredButExcluded(playbook: Playbook, cells: readonly Cell[]): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const reported = new Set<string>();
  const catalogue = Object.keys(playbook.steps);
  for (const cell of cells) {
    const matching = playbook.rules.flatMap((rule, i) => (matchesPattern(cell, rule.when) ? [i] : []));
    for (const r of matching) {
      const rule = playbook.rules[r]!;
      for (const field of ['include', 'first', 'last'] as const) {
        for (const ref of refsOf(rule, field)) {
          const named = catalogue.filter((id) => stepRefMatches(ref, id));
          for (const x of matching) {
            const excluded = playbook.rules[x]!.exclude.find((ex) => named.length > 0 && named.every((id) => stepRefMatches(ex, id)));
            const key = `${r}.${field}.${ref}/${x}.${excluded}`;
            if (!excluded || reported.has(key)) continue;
            reported.add(key);
            issues.push({
              path: ['rules', r, field],
              message: `"${ref}" is required but rules.${x}.exclude "${excluded}" forbids it for cell ${cell.id}: that cell could never pass (narrow one rule's when)`,
            });
          }
        }
      }
    }
  }
  return issues;
}

/**
 * A known-issues file, validated: the schema, then each `cells` glob against the matrix's axes (a
 * typo would otherwise cover no cell and the entry would silently never apply).
 */
export function loadKnownIssues(path: string, matrix: MatrixSpec = loadMatrix()): LoadedKnownIssues {
  const source = resolve(path);
  const r = KnownIssuesFile.safeParse(readJson(source, 'known-issues file'));
  if (!r.success) throw invalid(`known-issues file ${source}`, r.error.issues);
  const issues: ProfileIssue[] = [];
  r.data.issues.forEach((issue, i) => {
    const parts = issue.cells.split('/');
    AXIS_ORDER.forEach((axis, a) => {
      const part = parts[a]!;
      const values = matrix.axes[axis] as readonly string[];
      if (!values.some((v) => globToRegExp(part).test(v))) {
        issues.push({ path: ['issues', i, 'cells'], message: `"${part}" matches no ${axis} (one of ${values.join(', ')})` });
      }
    });
  });
  if (issues.length) throw invalid(`known-issues file ${source}`, issues);
  return { path: source, issues: r.data.issues };
}

export function loadTarget(profilePath: string, env: NodeJS.ProcessEnv = process.env, matrix: MatrixSpec = loadMatrix()): LoadedTarget {
  const source = resolve(profilePath);
  const secrets: string[] = [];
  const profile = substituteEnv(parseProfile(readJson(source, 'target profile'), source), env, secrets, source);
  // Header and cookie values are credentials whether written in the profile or taken from the
  // environment: every report, log and bundle the run writes shows them as ***.
  for (const v of [...Object.values(profile.headers ?? {}), ...(profile.cookies ?? []).map((c) => c.value)]) if (v.length >= 4) secrets.push(v);
  const dir = dirname(source);
  // Without a written playbook (a recorded one only), no rule judges the steps: an empty playbook.
  const playbookPath = profile.playbook !== undefined ? resolve(dir, profile.playbook) : undefined;
  const playbook = playbookPath ? parsePlaybook(readJson(playbookPath, 'playbook'), playbookPath) : parsePlaybook({}, source);
  const issues = checkPlaybookAgainstMatrix(playbook, expandMatrix(matrix), matrix);
  if (issues.length) throw invalid(`playbook ${playbookPath}`, issues);
  const warnings = unusedSteps(playbook).map((id) => `playbook ${playbookPath}: step "${id}" is used by no rule`);
  const snapshot = profile.snapshot !== undefined ? loadSnapshot(resolve(dir, profile.snapshot)) : undefined;
  let serveDir: string | undefined;
  if (profile.serve) {
    serveDir = resolve(dir, profile.serve);
    if (!existsSync(serveDir)) throw new UsageError(`target profile ${source}: serve folder ${serveDir} does not exist`);
  }
  const knownIssues = profile.knownIssues ? loadKnownIssues(resolve(dir, profile.knownIssues), matrix) : undefined;
  return { profile, playbook, source, serveDir, secrets, warnings, ...(knownIssues ? { knownIssues } : {}), ...(snapshot ? { snapshot } : {}) };
}

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
}
