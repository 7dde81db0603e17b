// What the app shows compared with what it showed when recorded (a snapshot): the error text and the
// steps in order. Each difference is one failure line that names the step and both texts, as a review
// diff would: a changed step, a step moved, a recorded step no longer shown, a step shown that was not
// recorded. Steps are aligned on their longest common run, so one inserted step reads as one line,
// not as every later step changed.
import type { Check, ShownStep } from '../contract/cell-result.ts';
import type { SnapshotEntry, SnapshotStep } from '../app-profile/snapshot-schema.ts';

/** How the verdict treats the snapshot this run: compare, or record (entries missing / every entry). */
export type SnapshotMode = 'check' | 'record' | 'update';

export interface SnapshotInput {
  /** The cell's recorded entry, if any. */
  entry?: SnapshotEntry;
  mode: SnapshotMode;
  /** The snapshot file, for the message when the cell has no entry. */
  file: string;
  cellId: string;
}

const q = (text: string) => JSON.stringify(text);

/** A step's identity for alignment: its text, and its id when the recording has one (an app's own id attribute). */
const keyOf = (s: { text: string; id?: string | null }, withId: boolean) => (withId ? `${s.id ?? ''}\u0000${s.text}` : s.text);

/** Longest common subsequence of two key lists, as pairs of indexes [recorded, shown]. */
function commonRun(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The difference lines between the recorded steps and the shown ones (empty: the same). Positions are 1-based, as a reader counts. */
export function stepDifferences(recorded: SnapshotStep[], shown: ShownStep[]): string[] {
  // Ids are compared where the recording has them: an app that drops or renames its step ids changed.
  const withId = recorded.some((s) => s.id !== undefined);
  const a = recorded.map((s) => keyOf(s, withId));
  const b = shown.map((s) => keyOf({ text: s.text, id: s.id }, withId));
  const pairs = commonRun(a, b);
  const lines: string[] = [];
  const removed = a.map((_, i) => i).filter((i) => !pairs.some(([r]) => r === i));
  const added = b.map((_, j) => j).filter((j) => !pairs.some(([, s]) => s === j));
  // A step both removed and added (same text and id) moved: one line, not two.
  for (const i of [...removed]) {
    const j = added.find((x) => b[x] === a[i]);
    if (j === undefined) continue;
    lines.push(`snapshot: step ${q(recorded[i]!.text)} moved from ${i + 1} to ${j + 1}`);
    removed.splice(removed.indexOf(i), 1);
    added.splice(added.indexOf(j), 1);
  }
  // Between two common steps, a removed and an added step in the same gap were changed in place.
  const gapOf = (index: number, side: 0 | 1) => pairs.filter((p) => p[side] < index).length;
  for (const i of [...removed]) {
    const j = added.find((x) => gapOf(x, 1) === gapOf(i, 0));
    if (j === undefined) continue;
    const r = recorded[i]!;
    const s = shown[j]!;
    lines.push(
      r.text === s.text
        ? `snapshot: step ${j + 1} ${q(s.text)} has id ${s.id ? `'${s.id}'` : 'none'} ≠ recorded '${r.id ?? ''}'`
        : `snapshot: step ${j + 1} ${q(s.text)} ≠ recorded ${q(r.text)}`,
    );
    removed.splice(removed.indexOf(i), 1);
    added.splice(added.indexOf(j), 1);
  }
  for (const i of removed) lines.push(`snapshot: recorded step ${i + 1} ${q(recorded[i]!.text)} is not shown`);
  for (const j of added) lines.push(`snapshot: step ${j + 1} ${q(shown[j]!.text)} is shown but was not recorded`);
  return lines;
}

/**
 * The snapshot checks of one cell whose error is shown: one check per difference (the same: one
 * passing check). Without an entry the cell fails, never passes: nothing was compared.
 */
export function snapshotChecks(input: SnapshotInput, errorText: string, shown: ShownStep[]): Check[] {
  const { entry, mode } = input;
  if (mode === 'update' || (mode === 'record' && !entry)) {
    return [{ name: 'snapshot', ok: true, detail: `snapshot: recording what the app shows now (${shown.length} step(s)) into ${input.file}` }];
  }
  if (!entry) {
    return [{ name: 'snapshot', ok: false, detail: `snapshot: no recorded snapshot for ${input.cellId} in ${input.file}: run permission-harness record ${input.cellId}` }];
  }
  const lines = entry.errorText === errorText ? [] : [`snapshot: error text ${q(errorText)} ≠ recorded ${q(entry.errorText)}`];
  lines.push(...stepDifferences(entry.steps, shown));
  if (!lines.length) return [{ name: 'snapshot', ok: true, detail: `snapshot: the error text and ${shown.length} step(s) as recorded` }];
  // The last line says how to accept the change on purpose.
  lines[lines.length - 1] += ' (accept on purpose: permission-harness record --update)';
  return lines.map((detail) => ({ name: 'snapshot', ok: false, detail }));
}
