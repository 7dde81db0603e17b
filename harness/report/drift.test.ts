// Drift between two observed records: exactly the edited message is reported and fails; fidelity,
// verdict and version changes are listed without failing; the record merges run over run.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { ObservedRecord } from '../contract/observed-record.ts';
import { buildObservedRecord, compareObserved, formatDrift, mergeObserved, recordObserved } from './drift.ts';

const result = (id: string, status: CellResult['status'], fidelity: CellResult['fidelity'], extra: Partial<CellResult> = {}): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'eng' as never }, runner: 'run', fidelity, mechanism: 'm', status,
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: 'Eng 1', durationMs: 1, ...extra,
  };
};
const rejected = (name: string, message: string): Partial<CellResult> => ({ exception: { name, message }, observedKind: 'exception', observed: `${name}: "${message}"` });
const A = 'chrome/linux/denied/audio-only';
const B = 'chrome/linux/dismissed/audio-only';
const C = 'chrome/linux/granted/audio-only';
const run1 = [
  result(A, 'passed', 'native', rejected('NotAllowedError', 'Permission denied')),
  result(B, 'passed', 'emulated', rejected('NotAllowedError', 'Permission dismissed')),
  result(C, 'passed', 'native', { observedKind: 'success', observed: 'getUserMedia succeeded' }),
  result('chrome/macos/denied/screen-share', 'skipped', 'unavailable'),
];

test('the record: per engine its versions and per cell the exact answer and whether native; skipped cells left out', () => {
  const r = ObservedRecord.parse(buildObservedRecord(run1));
  assert.deepEqual(r.engines.eng!.browserVersions, ['Eng 1']);
  assert.equal(Object.keys(r.engines.eng!.cells).length, 3);
  assert.deepEqual(r.engines.eng!.cells[`${A}#run`]!.exception, { name: 'NotAllowedError', message: 'Permission denied' });
  assert.equal(r.engines.eng!.cells[`${B}#run`]!.native, false);
});

test('one edited message is exactly one failing change', () => {
  const baseline = buildObservedRecord(run1);
  baseline.engines.eng!.cells[`${A}#run`]!.exception!.message = 'Permission denied by user';
  const changes = compareObserved(baseline, buildObservedRecord(run1));
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0], { kind: 'message', engine: 'eng', cell: `${A}#run`, before: 'NotAllowedError: "Permission denied by user"', after: 'NotAllowedError: "Permission denied"', fails: true });
  assert.deepEqual(formatDrift(changes), [`✗ eng ${A}#run: new message: NotAllowedError: "Permission denied by user" → NotAllowedError: "Permission denied"`]);
});

test('reached natively, verdict and version changes are listed, not failing; an unreached cell has no message to compare', () => {
  const run2 = [
    result(A, 'broken', 'native', { observedKind: 'not-reached', observed: 'nothing', browserVersion: 'Eng 2' }),
    result(B, 'passed', 'native', { ...rejected('NotAllowedError', 'Permission dismissed'), browserVersion: 'Eng 2' }),
    result(C, 'passed', 'native', { observedKind: 'success', observed: 'getUserMedia succeeded', browserVersion: 'Eng 2' }),
  ];
  const changes = compareObserved(buildObservedRecord(run1), buildObservedRecord(run2));
  assert.deepEqual(changes.map((c) => [c.kind, c.cell ?? '', c.fails]), [
    ['version', '', false],
    ['verdict', `${A}#run`, false],
    ['native', `${B}#run`, false],
  ]);
  assert.match(formatDrift(changes)[2]!, /now reached natively: emulated → native/);
  assert.match(formatDrift(changes)[0]!, /browser version: Eng 1 → Eng 2/);
});

test('recordObserved keeps the record before this run and merges the runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-drift-'));
  const paths = { observed: join(dir, 'observed.json'), observedHistory: join(dir, 'h', 'observed.json'), observedPrevious: join(dir, 'h', 'prev.json') };
  recordObserved(paths, run1);
  recordObserved(paths, [result(A, 'passed', 'native', rejected('NotAllowedError', 'Permission denied!'))]);
  const read = (p: string) => ObservedRecord.parse(JSON.parse(readFileSync(p, 'utf8')));
  assert.equal(Object.keys(read(paths.observed).engines.eng!.cells).length, 1);
  assert.equal(Object.keys(read(paths.observedHistory).engines.eng!.cells).length, 3);
  assert.equal(read(paths.observedPrevious).engines.eng!.cells[`${A}#run`]!.exception!.message, 'Permission denied');
  assert.equal(compareObserved(read(paths.observedPrevious), read(paths.observed)).filter((c) => c.fails).length, 1);
  assert.equal(mergeObserved(undefined, read(paths.observed)).engines.eng!.cells[`${A}#run`]!.exception!.message, 'Permission denied!');
});
