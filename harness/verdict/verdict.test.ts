// The oracle on its own: each kind of app defect must produce a failure naming what is wrong.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePlaybook } from '../app-profile/load-profile.ts';
import type { Cell } from '../contract/cell.ts';
import { expectedSteps } from './expected-steps.ts';
import type { Display } from '../contract/cell-result.ts';
import { decideVerdict } from './verdict.ts';
import type { ExpectedObservation } from '../contract/condition.ts';

const playbook = parsePlaybook(
  {
    steps: { a: {}, 'a.camera': {}, b: {}, 'os-mac': {}, 'os-win': {}, last: {} },
    rules: [
      { why: 'always', when: { state: ['denied'] }, include: ['a', 'b'], first: 'a', order: ['a', 'os-*', 'b'], last: 'last' },
      { why: 'audio-only skips camera steps', when: { mode: ['audio-only'] }, exclude: ['*.camera'] },
      { why: 'macOS wording', when: { os: ['macos'] }, include: ['os-mac'], exclude: ['os-win'] },
    ],
  },
  'test',
);
const cell: Cell = { id: 'chrome/macos/denied/audio-only', browser: 'chrome', os: 'macos', state: 'denied', mode: 'audio-only', engine: 'chromium' };
const expected: ExpectedObservation = { kind: 'exception', name: 'NotAllowedError', message: 'Permission denied', source: 'test' };
const observed = { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied' } as const;
const steps = (...ids: string[]) => ids.map((id) => ({ id, text: id }));
const shown = (d: Partial<Display>): Display => ({ successVisible: false, errorVisible: true, errorText: 'NotAllowedError: Permission denied', steps: steps('a', 'os-mac', 'b', 'last'), ...d });
const verdict = (display: Display, obs: any = observed, exp: ExpectedObservation = expected) =>
  decideVerdict({ expected: exp, observed: obs, display, steps: expectedSteps(playbook, cell), errorTemplate: '{name}: {message}' });

test('the clean display passes', () => {
  const v = verdict(shown({}));
  assert.equal(v.status, 'passed', v.failures.join('\n'));
});

test('camera steps in audio-only fail and name the step and the rule', () => {
  const v = verdict(shown({ steps: steps('a', 'a.camera', 'os-mac', 'b', 'last') }));
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, ["unexpected step 'a.camera' shown (audio-only skips camera steps)"]);
});

test('another OS wording fails', () => {
  const v = verdict(shown({ steps: steps('a', 'os-win', 'b', 'last') }));
  assert.ok(v.failures.includes("missing step 'os-mac' (macOS wording); shown: a, os-win, b, last"));
  assert.ok(v.failures.includes("unexpected step 'os-win' shown (macOS wording)"));
});

test('a swallowed error fails', () => {
  const v = verdict(shown({ errorVisible: false, errorText: '', steps: [] }));
  assert.equal(v.failures[0], 'the app swallowed the error: the page received NotAllowedError: "Permission denied" but no error is shown');
});

test('steps in the wrong order fail', () => {
  const v = verdict(shown({ steps: steps('os-mac', 'a', 'b', 'last') }));
  assert.ok(v.failures.includes("first step is 'os-mac', expected 'a' (always); shown: os-mac, a, b, last"));
  assert.ok(v.failures.includes("steps out of order: 'a' must come before 'os-*' (always); shown: os-mac, a, b, last"));
});

test('a misreported error fails with what the page really received', () => {
  const v = verdict(shown({ errorText: 'NotAllowedError: Permission denied' }), { ...observed, name: 'NotReadableError', message: 'Device in use' }, { ...expected, name: 'NotReadableError', message: 'Device in use' });
  assert.deepEqual(v.failures, ['the app shows "NotAllowedError: Permission denied" but the page received NotReadableError: "Device in use" (expected the text to contain "NotReadableError: Device in use")']);
});

test('no steps at all fails on every required step', () => {
  const v = verdict(shown({ steps: [] }));
  assert.ok(v.failures.some((f) => f.startsWith("missing step 'a'")));
  assert.ok(v.failures.some((f) => f.startsWith("first step is 'nothing'")));
});

test('when the harness did not reach the state the cell is broken, not passed', () => {
  const v = verdict(shown({}), { kind: 'pending', api: 'getUserMedia' });
  assert.equal(v.status, 'broken');
  assert.equal(v.failures[0], 'precondition failed: expected NotAllowedError: "Permission denied"; the page received getUserMedia never settled');
});

test('an app that never asks for the devices fails', () => {
  const v = verdict(shown({}), { kind: 'no-call' });
  assert.equal(v.status, 'failed');
  assert.match(v.failures[0]!, /^the app made no capture call after start/);
});

test('granted: the app must show success and no error', () => {
  const ok: ExpectedObservation = { kind: 'success' };
  const success = { kind: 'success', api: 'getUserMedia' } as const;
  assert.equal(verdict({ successVisible: true, errorVisible: false, errorText: '', steps: [] }, success, ok).status, 'passed');
  const v = verdict({ successVisible: false, errorVisible: true, errorText: 'Error: oops', steps: [] }, success, ok);
  assert.deepEqual(v.failures, ['capture succeeded but the app did not show its success state', 'capture succeeded but the app shows an error: "Error: oops"']);
});
