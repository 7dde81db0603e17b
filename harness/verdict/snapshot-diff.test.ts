// A snapshot check must be able to fail: every kind of difference between what the app shows and what
// was recorded fails with a line naming the step and both texts; only the same display passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ShownStep } from '../contract/cell-result.ts';
import type { SnapshotEntry } from '../app-profile/snapshot-schema.ts';
import { snapshotChecks, stepDifferences } from './snapshot-diff.ts';

const CELL = 'chrome/macos/denied/audio-only';
const FILE = '/app/playbook.snapshot.json';
const ERROR = 'NotAllowedError: Permission denied';
const A = { id: 'allow-site', text: 'Click the lock in the address bar and allow the microphone' };
const B = { id: 'os-privacy', text: 'Open System Settings > Privacy' };
const C = { id: 'restart', text: 'Restart the browser' };
const recorded: SnapshotEntry = { errorText: ERROR, steps: [A, B, C] };

const check = (errorText: string, shown: ShownStep[], entry: SnapshotEntry | null = recorded, mode: 'check' | 'record' | 'update' = 'check') =>
  snapshotChecks({ ...(entry ? { entry } : {}), mode, file: FILE, cellId: CELL }, errorText, shown);
const failures = (errorText: string, shown: ShownStep[]) => check(errorText, shown).filter((c) => !c.ok).map((c) => c.detail.replace(/ \(accept on purpose: .*\)$/, ''));

const CASES: Array<{ what: string; errorText?: string; shown: ShownStep[]; expect: string[] }> = [
  { what: 'the same display', shown: [A, B, C], expect: [] },
  { what: 'a changed step text', shown: [A, { ...B, text: 'Open Settings > Privacy' }, C], expect: ['snapshot: step 2 "Open Settings > Privacy" ≠ recorded "Open System Settings > Privacy"'] },
  { what: 'a missing step', shown: [A, C], expect: ['snapshot: recorded step 2 "Open System Settings > Privacy" is not shown'] },
  { what: 'an extra step', shown: [A, B, { id: 'close-apps', text: 'Close other apps' }, C], expect: ['snapshot: step 3 "Close other apps" is shown but was not recorded'] },
  { what: 'two steps swapped', shown: [B, A, C], expect: ['snapshot: step "Click the lock in the address bar and allow the microphone" moved from 1 to 2'] },
  { what: 'the error text changed', errorText: 'NotAllowedError: Permission dismissed', shown: [A, B, C], expect: ['snapshot: error text "NotAllowedError: Permission dismissed" ≠ recorded "NotAllowedError: Permission denied"'] },
  { what: 'a step id changed (same text)', shown: [A, { ...B, id: 'os-privacy-macos' }, C], expect: ["snapshot: step 2 \"Open System Settings > Privacy\" has id 'os-privacy-macos' ≠ recorded 'os-privacy'"] },
  { what: 'no steps at all', shown: [], expect: [1, 2, 3].map((i) => `snapshot: recorded step ${i} ${JSON.stringify([A, B, C][i - 1]!.text)} is not shown`) },
];

for (const c of CASES) {
  test(`snapshot: ${c.what} ${c.expect.length ? 'fails, naming it' : 'passes'}`, () => {
    assert.deepEqual(failures(c.errorText ?? ERROR, c.shown), c.expect);
    if (!c.expect.length) assert.deepEqual(check(ERROR, c.shown).map((x) => x.ok), [true]);
  });
}

test('a failing snapshot says how to accept the change on purpose, on its last line only', () => {
  const lines = check('x', []).map((c) => c.detail);
  assert.equal(lines.filter((l) => l.endsWith('(accept on purpose: permission-harness record --update)')).length, 1);
  assert.match(lines.at(-1)!, /record --update\)$/);
});

test('a cell without a recorded entry fails, naming the file and the command, never passes', () => {
  const [c] = check(ERROR, [A], null);
  assert.equal(c!.ok, false);
  assert.equal(c!.detail, `snapshot: no recorded snapshot for ${CELL} in ${FILE}: run permission-harness record ${CELL}`);
});

test('record compares cells already recorded and records the others; update records every cell', () => {
  assert.equal(check(ERROR, [A], null, 'record')[0]!.ok, true);
  assert.equal(check(ERROR, [A], recorded, 'record').some((c) => !c.ok), true, 'record does not silently overwrite a recorded cell');
  assert.deepEqual(check(ERROR, [A], recorded, 'update').map((c) => c.ok), [true]);
});

test('steps recorded without ids are compared by text alone', () => {
  const byText = [{ text: A.text }, { text: B.text }];
  assert.deepEqual(stepDifferences(byText, [{ id: 'recognised-by-pattern', text: A.text }, { id: null, text: B.text }]), []);
  assert.deepEqual(stepDifferences(byText, [{ id: null, text: B.text }]), [`snapshot: recorded step 1 ${JSON.stringify(A.text)} is not shown`]);
});
