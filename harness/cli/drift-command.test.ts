// `drift`: against the previous run, a committed baseline or --against; exit 1 on a changed message
// until --accept writes the baseline; bad input is one UsageError.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { buildObservedRecord, writeObservedRecord } from '../report/drift.ts';
import { UsageError } from '../util/errors.ts';
import { driftCommand } from './drift-command.ts';

const cell = (message: string): CellResult => {
  const id = 'chrome/linux/denied/audio-only';
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'eng' as never }, runner: 'run', fidelity: 'native', mechanism: 'm', status: 'passed',
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: 'Eng 1', durationMs: 1,
    exception: { name: 'NotAllowedError', message }, observedKind: 'exception',
  };
};

test('drift: nothing to compare, then a changed message fails until accepted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-drift-cmd-'));
  const paths = { observed: join(dir, 'observed.json'), observedPrevious: join(dir, 'prev.json'), baseline: join(dir, 'baseline.json') };
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);
  assert.throws(() => driftCommand({}, paths, log), (e) => e instanceof UsageError && /no run recorded yet/.test(e.message));
  writeObservedRecord(paths.observed, buildObservedRecord([cell('Permission denied')]));
  assert.equal(driftCommand({}, paths, log), 0);
  assert.match(lines.at(-1)!, /nothing to compare with yet/);
  // The previous run said something else.
  writeObservedRecord(paths.observedPrevious, buildObservedRecord([cell('Permission denied by user')]));
  assert.equal(driftCommand({}, paths, log), 1);
  assert.ok(lines.some((l) => l.includes('new message: NotAllowedError: "Permission denied by user" → NotAllowedError: "Permission denied"')));
  // Accepting writes the baseline, which then wins over the previous run.
  assert.equal(driftCommand({ accept: true }, paths, log), 0);
  assert.equal(JSON.parse(readFileSync(paths.baseline, 'utf8')).engines.eng.cells['chrome/linux/denied/audio-only#run'].exception.message, 'Permission denied');
  assert.equal(driftCommand({}, paths, log), 0);
  assert.equal(lines.at(-1), '  no changes');
  // --against another file; a missing or broken one is bad input.
  const other = join(dir, 'other.json');
  writeObservedRecord(other, buildObservedRecord([cell('Permission denied (edited)')]));
  assert.equal(driftCommand({ against: other }, paths, log), 1);
  assert.throws(() => driftCommand({ against: join(dir, 'none.json') }, paths, log), (e) => e instanceof UsageError && /no such file/.test(e.message));
  writeFileSync(other, '{"version": 2}');
  assert.throws(() => driftCommand({ against: other }, paths, log), (e) => e instanceof UsageError && /not an observed record/.test(e.message));
});
