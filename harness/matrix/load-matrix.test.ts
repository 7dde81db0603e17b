import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMatrix } from './load-matrix.ts';
import { loadMatrix } from './load-matrix.ts';

test('the shipped matrix is valid', () => {
  assert.ok(loadMatrix().suites.smoke);
});

test('a malformed matrix lists each problem as path: message', () => {
  const good = loadMatrix();
  const bad = structuredClone(good) as any;
  bad.axes.browser = ['chrome', 'opera'];
  bad.axes.mode = [];
  assert.throws(
    () => parseMatrix(bad, 'test matrix'),
    (e: Error) =>
      e.name === 'UsageError' &&
      e.message.startsWith('invalid test matrix:') &&
      /axes\.browser\.1: Invalid option: expected one of "chrome"\|"edge"\|"brave"\|"firefox"\|"safari"/.test(e.message) &&
      /axes\.mode: Too small/.test(e.message),
  );
});

test('cross-field rules: unique constraint ids, required suites', () => {
  const bad = structuredClone(loadMatrix()) as any;
  bad.constraints.push({ ...bad.constraints[0] });
  const dup = bad.constraints.length - 1;
  delete bad.suites.smoke;
  assert.throws(
    () => parseMatrix(bad, 'test matrix'),
    (e: Error) =>
      new RegExp(`constraints\\.${dup}\\.id: duplicate constraint id "safari-only-apple"`).test(e.message) && /suites\.smoke: suite "smoke" is required/.test(e.message),
  );
});

test('unknown keys are rejected, not ignored', () => {
  const bad = structuredClone(loadMatrix()) as any;
  bad.constraints[0].when.brwoser = ['chrome'];
  assert.throws(() => parseMatrix(bad), /constraints\.0\.when: Unrecognized key: "brwoser"/);
});

test('a sequence may end in its own state only through an action that keeps it, and such an action must', () => {
  const bad = structuredClone(loadMatrix()) as any;
  bad.sequences = [
    { from: 'denied', action: 'allow-and-reload', to: 'denied', why: 'x' },
    { from: 'denied', action: 'retry-unchanged', to: 'granted', why: 'x' },
  ];
  assert.throws(
    () => parseMatrix(bad, 'test matrix'),
    (e: Error) =>
      /sequences\.0\.to: a sequence must change the state \(from and to are both "denied"\); only dismiss-again, retry-unchanged keep it/.test(e.message) &&
      /sequences\.1\.to: retry-unchanged keeps the state: its "to" must be "denied", not "granted"/.test(e.message),
  );
});
