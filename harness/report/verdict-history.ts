// The last known verdict and fidelity of every cell, kept across runs (reports/history/), so the
// matrix page can mark what changed since the cell last ran. Merged, not replaced: a one-cell run
// keeps every other cell's last verdict.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CellStatus, type CellResult } from '../contract/cell-result.ts';
import { Fidelity } from '../contract/condition.ts';
import { historyKey, type HistoryScope } from './history-identity.ts';

export const VerdictHistory = z.object({
  version: z.literal(1),
  cells: z.record(z.string(), z.object({ verdict: CellStatus, fidelity: Fidelity, at: z.string() })),
});
export type VerdictHistory = z.infer<typeof VerdictHistory>;
export type PastVerdict = VerdictHistory['cells'][string];

/** One key per cell, target, query and runner. */
export const historyEntryKey = (scope: HistoryScope, r: Pick<CellResult, 'id' | 'runner'>) => `${historyKey(scope, r.id)}#${r.runner}`;

export type Change = { kind: 'same' } | { kind: 'new' } | { kind: 'changed'; was: PastVerdict };

export function changeOf(previous: VerdictHistory | undefined, scope: HistoryScope, r: CellResult): Change {
  if (!previous) return { kind: 'same' };
  const was = previous.cells[historyEntryKey(scope, r)];
  if (!was) return { kind: 'new' };
  return was.verdict !== r.status || was.fidelity !== r.fidelity ? { kind: 'changed', was } : { kind: 'same' };
}

export function mergeHistory(previous: VerdictHistory | undefined, scope: HistoryScope, results: CellResult[], at: string): VerdictHistory {
  const cells = { ...(previous?.cells ?? {}) };
  for (const r of results) cells[historyEntryKey(scope, r)] = { verdict: r.status, fidelity: r.fidelity, at };
  return { version: 1, cells };
}

/** An unreadable or foreign history file is no history (the first run after it starts a new one). */
export function readHistory(path: string): VerdictHistory | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return VerdictHistory.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

export function writeHistory(path: string, h: VerdictHistory): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(h, null, 2) + '\n');
}
