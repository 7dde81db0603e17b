// After `record` (or `run --update`): what the app showed in each cell that passed is written into the
// profile's snapshot. Read from the cells' results, so every runner and every process records alike.
// Only a passing cell is recorded: a recording of a swallowed error or of steps the written rules
// refuse would bless a defect. `record` adds cells the snapshot lacks (the others were compared);
// `--update` rewrites every cell that passed.
import type { LoadedTarget } from '../app-profile/load-profile.ts';
import { writeSnapshot } from '../app-profile/snapshot-file.ts';
import type { SnapshotEntry } from '../app-profile/snapshot-schema.ts';
import { runKey } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';

export interface RecordOutcome {
  written: string[];
  unchanged: string[];
  notRecorded: Array<{ key: string; why: string }>;
}

function entryOf(r: CellResult, withIds: boolean): SnapshotEntry {
  return { errorText: r.errorText, steps: r.steps.map((s) => ({ text: s.text, ...(withIds && s.id ? { id: s.id } : {}) })) };
}

/** Which entries to write from a run's results (pure; `recordSnapshot` writes them). */
export function entriesToRecord(target: LoadedTarget, results: CellResult[], mode: 'record' | 'update'): RecordOutcome & { entries: Record<string, SnapshotEntry> } {
  const recorded = target.snapshot?.cells ?? {};
  // Ids are recorded only where they are the app's own (an id attribute), not the playbook's reading of a text.
  const withIds = !!target.profile.outcome.stepIdAttribute;
  const out: RecordOutcome & { entries: Record<string, SnapshotEntry> } = { entries: {}, written: [], unchanged: [], notRecorded: [] };
  const seen = new Map<string, string>();
  for (const r of results) {
    if (!r.checkedAgainst?.includes('snapshot')) continue;
    const key = runKey(r);
    if (r.status !== 'passed') {
      out.notRecorded.push({ key, why: r.status === 'skipped' ? `skipped: ${r.skipReason ?? 'cannot run here'}` : `${r.status}: ${r.failures[0] ?? ''}` });
      continue;
    }
    const entry = entryOf(r, withIds);
    const text = JSON.stringify(entry);
    // Two runs of one cell (runners, repeats) that showed different things: neither is the recording.
    if (seen.has(r.id) && seen.get(r.id) !== text) {
      out.notRecorded.push({ key, why: 'another run of this cell showed something else: not recorded' });
      delete out.entries[r.id];
      continue;
    }
    seen.set(r.id, text);
    if (mode === 'record' && recorded[r.id]) {
      if (!out.unchanged.includes(r.id)) out.unchanged.push(r.id);
      continue;
    }
    if (JSON.stringify(recorded[r.id]) === text) {
      if (!out.unchanged.includes(r.id)) out.unchanged.push(r.id);
      continue;
    }
    out.entries[r.id] = entry;
  }
  out.written = Object.keys(out.entries);
  return out;
}

/** Writes the entries and says what it did, one line each. */
export function recordSnapshot(target: LoadedTarget, results: CellResult[], mode: 'record' | 'update'): string[] {
  const snapshot = target.snapshot!;
  const r = entriesToRecord(target, results, mode);
  if (r.written.length) writeSnapshot(snapshot, r.entries);
  const lines = [`snapshot: ${r.written.length} cell(s) recorded into ${snapshot.path}${r.unchanged.length ? `, ${r.unchanged.length} as recorded before` : ''}`];
  for (const n of r.notRecorded) lines.push(`  not recorded: ${n.key} (${n.why})`);
  return lines;
}
