// What `record` writes from a run's results: passing cells only (a recording of a defect would bless
// it), cells not recorded yet unless --update, the app's own step ids, and nothing for a cell whose
// runs disagree.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parsePlaybook, parseProfile, type LoadedTarget } from '../app-profile/load-profile.ts';
import { loadSnapshot } from '../app-profile/snapshot-file.ts';
import type { SnapshotEntry } from '../app-profile/snapshot-schema.ts';
import type { CellResult } from '../contract/cell-result.ts';
import { entriesToRecord, recordSnapshot } from './record-snapshot.ts';

const profile = parseProfile(
  { name: 'app', url: 'http://localhost:1/', modes: {}, start: [{ click: '#go' }], outcome: { success: '#ok', error: '#err', steps: 'li', stepIdAttribute: 'data-step' }, snapshot: 's.json' },
  'profile',
);
const target = (cells: Record<string, SnapshotEntry>, path = '/x/s.json'): LoadedTarget => ({
  profile,
  playbook: parsePlaybook({}, 'p'),
  source: '/x/profile.json',
  secrets: [],
  snapshot: { path, cells },
});

function result(id: string, over: Partial<CellResult> = {}): CellResult {
  const [browser, os, state, mode] = id.split('/') as [string, string, string, string];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'chromium' } as CellResult['cell'], runner: 'playwright', fidelity: 'native', mechanism: 'm',
    status: 'passed', failures: [], checks: [], observed: '', errorText: 'NotAllowedError: Permission denied',
    steps: [{ id: 'allow', text: 'Allow it' }], checkedAgainst: 'snapshot', browserVersion: '1', durationMs: 1, ...over,
  } as CellResult;
}

const A = 'chrome/linux/denied/audio-only';
const B = 'chrome/linux/dismissed/audio-only';

test('record writes passing cells not recorded yet, with the app\'s step ids; failed, broken and skipped ones are named, not written', () => {
  const r = entriesToRecord(target({}), [result(A), result(B, { status: 'failed', failures: ['the app swallowed the error'] }), result('chrome/linux/granted/audio-only', { checkedAgainst: 'none' })], 'record');
  assert.deepEqual(r.written, [A]);
  assert.deepEqual(r.entries[A], { errorText: 'NotAllowedError: Permission denied', steps: [{ id: 'allow', text: 'Allow it' }] });
  assert.deepEqual(r.notRecorded, [{ key: B, why: 'failed: the app swallowed the error' }]);
});

test('record leaves a recorded cell as it is; --update rewrites it', () => {
  const old = { errorText: 'old', steps: [] };
  assert.deepEqual(entriesToRecord(target({ [A]: old }), [result(A)], 'record').written, []);
  assert.deepEqual(entriesToRecord(target({ [A]: old }), [result(A)], 'update').written, [A]);
});

test('two runs of one cell that showed different things record neither', () => {
  const r = entriesToRecord(target({}), [result(A), result(A, { runner: 'webdriverio', steps: [{ id: 'allow', text: 'Allow this' }] })], 'record');
  assert.deepEqual(r.written, []);
  assert.equal(r.notRecorded.length, 1);
});

test('the file is written with cells in id order and loads back', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ph-record-')), 'playbook.snapshot.json');
  const lines = recordSnapshot(target({}, path), [result(B), result(A)], 'record');
  assert.match(lines[0]!, /^snapshot: 2 cell\(s\) recorded into /);
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(path, 'utf8')).cells), [A, B]);
  assert.deepEqual(Object.keys(loadSnapshot(path).cells), [A, B]);
});
