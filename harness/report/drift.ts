// Drift: what each engine answered this run against a baseline (the committed one, or the record
// of the runs before). Lists a new message for a state, a state that became reachable natively (or
// stopped being), a verdict change, a browser version change. A changed message fails the gate until
// the baseline is updated on purpose (`drift --accept`): the app's error classification and the
// harness's own expectations both rest on those texts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CellResult } from '../contract/cell-result.ts';
import { ObservedRecord, type DriftChange, type ObservedEntry } from '../contract/observed-record.ts';
import { formatZodError } from '../util/format-zod-error.ts';
import { UsageError } from '../util/errors.ts';

/** Observation kinds where the page got an answer: only these have a message to compare. */
const ANSWERED = new Set(['exception', 'success', 'api-missing']);

export function buildObservedRecord(results: CellResult[], now = new Date()): ObservedRecord {
  const engines: ObservedRecord['engines'] = {};
  for (const r of results) {
    if (r.status === 'skipped') continue;
    const e = (engines[r.cell.engine] ??= { browserVersions: [], cells: {} });
    if (r.browserVersion && !e.browserVersions.includes(r.browserVersion)) e.browserVersions.push(r.browserVersion);
    e.cells[`${r.id}#${r.runner}`] = {
      browser: r.cell.browser,
      os: r.cell.os,
      state: r.cell.state,
      mode: r.cell.mode,
      runner: r.runner,
      browserVersion: r.browserVersion,
      fidelity: r.fidelity,
      native: r.fidelity === 'native',
      verdict: r.status,
      kind: r.observedKind ?? (r.exception ? 'exception' : 'unknown'),
      ...(r.exception ? { exception: { ...r.exception } } : {}),
      observed: r.observed,
    };
  }
  for (const e of Object.values(engines)) e.browserVersions.sort();
  return { version: 1, generatedAt: now.toISOString(), engines };
}

/** `base` with every engine's cells from `next` laid over it (the latest answer per cell). */
export function mergeObserved(base: ObservedRecord | undefined, next: ObservedRecord): ObservedRecord {
  const engines: ObservedRecord['engines'] = structuredClone(base?.engines ?? {});
  for (const [name, e] of Object.entries(next.engines)) {
    const into = (engines[name] ??= { browserVersions: [], cells: {} });
    // The versions are the latest run's where it ran: a version is what answered, not a history.
    if (e.browserVersions.length) into.browserVersions = [...e.browserVersions];
    Object.assign(into.cells, e.cells);
  }
  return { version: 1, generatedAt: next.generatedAt, engines };
}


const answerText = (e: ObservedEntry) =>
  e.exception ? `${e.exception.name}: "${e.exception.message}"${e.exception.constraint ? ` (constraint ${e.exception.constraint})` : ''}` : e.observed;

export function compareObserved(baseline: ObservedRecord, current: ObservedRecord): DriftChange[] {
  const changes: DriftChange[] = [];
  for (const [engine, now] of Object.entries(current.engines)) {
    const was = baseline.engines[engine];
    if (!was) continue;
    const [a, b] = [was.browserVersions.join(', '), now.browserVersions.join(', ')];
    if (a && b && a !== b) changes.push({ kind: 'version', engine, before: a, after: b, fails: false });
    for (const [cell, n] of Object.entries(now.cells)) {
      const o = was.cells[cell];
      if (!o) continue;
      if (ANSWERED.has(o.kind) && ANSWERED.has(n.kind) && answerText(o) !== answerText(n)) {
        changes.push({ kind: 'message', engine, cell, before: answerText(o), after: answerText(n), fails: true });
      }
      if (o.fidelity !== n.fidelity) {
        const kind = o.native !== n.native ? 'native' : 'fidelity';
        changes.push({ kind, engine, cell, before: o.fidelity, after: n.fidelity, fails: false });
      }
      if (o.verdict !== n.verdict) changes.push({ kind: 'verdict', engine, cell, before: o.verdict, after: n.verdict, fails: false });
    }
  }
  return changes;
}

const WHAT: Record<DriftChange['kind'], string> = {
  message: 'new message',
  native: 'reached natively',
  fidelity: 'fidelity',
  verdict: 'verdict',
  version: 'browser version',
};

export function formatDrift(changes: DriftChange[]): string[] {
  return changes.map((c) => {
    const head = c.kind === 'native' ? (c.after === 'native' ? 'now reached natively' : 'no longer reached natively') : WHAT[c.kind];
    return `${c.fails ? '✗' : '·'} ${c.engine}${c.cell ? ` ${c.cell}` : ''}: ${head}: ${c.before} → ${c.after}`;
  });
}

/** A record file, validated; a broken one is bad input naming the file and each field. */
export function readObservedRecord(path: string): ObservedRecord | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: not JSON (${String((e as Error).message).split('\n')[0]})`);
  }
  const parsed = ObservedRecord.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${path}: not an observed record:\n${formatZodError(parsed.error)}`);
  return parsed.data;
}

export function writeObservedRecord(path: string, record: ObservedRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(record, null, 2) + '\n');
}

export interface ObservedPaths {
  observed: string;
  observedHistory: string;
  observedPrevious: string;
}

/** The baseline a run is compared with: the committed one if present, else the runs before it. */
export function driftBaseline(baselinePath: string, previousPath: string): { path: string; record: ObservedRecord } | undefined {
  for (const path of [baselinePath, previousPath]) {
    try {
      const record = readObservedRecord(path);
      if (record) return { path, record };
    } catch {
      // a broken baseline is reported by `drift` itself; the run goes on without a comparison
      return undefined;
    }
  }
  return undefined;
}

/**
 * After a run: this run's record, and the merged record of every run, of which the state before this
 * run is kept as the "previous run" `drift` compares with when no baseline is committed.
 */
export function recordObserved(paths: ObservedPaths, results: CellResult[]): ObservedRecord {
  const current = buildObservedRecord(results);
  writeObservedRecord(paths.observed, current);
  let before: ObservedRecord | undefined;
  try {
    before = readObservedRecord(paths.observedHistory);
  } catch {
    before = undefined; // a damaged history is no history: this run starts a new one
  }
  if (before) writeObservedRecord(paths.observedPrevious, before);
  writeObservedRecord(paths.observedHistory, mergeObserved(before, current));
  return current;
}
