// reports/summary.json from the run's cell results (schema: contract/run-summary.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CellResult } from '../contract/cell-result.ts';
import { runKey } from '../contract/cell-plan.ts';
import { RunSummary, type SummaryCell } from '../contract/run-summary.ts';
import type { DriftChange } from '../contract/observed-record.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import { historyKey, type HistoryScope } from './history-identity.ts';

export interface SummaryInput {
  results: CellResult[];
  scope: HistoryScope;
  missing?: Array<{ id: string; runner: string }>;
  /** Per result (runner#id), where its report entry is. */
  links?: Map<string, string>;
  drift?: { against: string; changes: DriftChange[] };
  /** Per result (runner#id), the known issue it fails as. */
  known?: Map<string, KnownIssue>;
  knownIssues?: RunSummary['knownIssues'];
  gate?: RunSummary['gate'];
  /** What a reader should know about how the engines ran here (e.g. Chromium's sandbox off as root). */
  notes?: string[];
  now?: Date;
}

/** A result's key: its runner and run key (several runs of one cell, variants or repeats, stay apart). */
export const resultKey = (r: Pick<CellResult, 'id' | 'runner' | 'query' | 'repeat'>) => `${r.runner}#${runKey(r)}`;

export function buildRunSummary(input: SummaryInput): RunSummary {
  const { results, scope } = input;
  const missing = input.missing ?? [];
  const count = (p: (r: CellResult) => boolean) => results.filter(p).length;
  const cells: SummaryCell[] = results.map((r) => {
    const link = input.links?.get(resultKey(r));
    const known = input.known?.get(resultKey(r));
    return {
      id: r.id,
      cell: r.cell,
      runner: r.runner,
      verdict: r.status,
      fidelity: r.fidelity,
      mechanism: r.mechanism,
      durationMs: r.durationMs,
      browserVersion: r.browserVersion,
      ...(r.remote ? { remote: r.remote } : {}),
      observed: r.observed,
      ...(r.exception ? { exception: r.exception } : {}),
      failures: r.failures,
      ...(r.checkedAgainst ? { checkedAgainst: r.checkedAgainst } : {}),
      ...(r.skipReason ? { skipReason: r.skipReason } : {}),
      historyKey: historyKey(scope, r.id),
      ...(link ? { link } : {}),
      ...(known ? { knownIssue: { cells: known.cells, failure: known.failure, ticket: known.ticket, expires: known.expires } } : {}),
    };
  });
  return RunSummary.parse({
    version: 1,
    generatedAt: (input.now ?? new Date()).toISOString(),
    target: scope.target,
    query: scope.query,
    counts: {
      passed: count((r) => r.status === 'passed'),
      failed: count((r) => r.status === 'failed'),
      broken: count((r) => r.status === 'broken'),
      known: count((r) => !!input.known?.has(resultKey(r))),
      skipped: count((r) => r.status === 'skipped'),
      missing: missing.length,
      total: results.length + missing.length,
    },
    fidelity: {
      native: count((r) => r.fidelity === 'native'),
      emulated: count((r) => r.fidelity === 'emulated'),
      unavailable: count((r) => r.fidelity === 'unavailable'),
    },
    cells: cells.sort((a, b) => a.id.localeCompare(b.id) || a.runner.localeCompare(b.runner)),
    missing,
    ...(input.drift ? { drift: { ...input.drift, changedMessages: input.drift.changes.filter((c) => c.fails).length } } : {}),
    ...(input.knownIssues ? { knownIssues: input.knownIssues } : {}),
    ...(input.gate ? { gate: input.gate } : {}),
    ...(input.notes?.length ? { notes: input.notes } : {}),
  });
}

export function writeRunSummary(path: string, summary: RunSummary): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(summary, null, 2) + '\n');
}
