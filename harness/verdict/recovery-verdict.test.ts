// Each check of a recovery cell's second phase, failing once for its own reason (the defect variants
// prove the same against a real browser: tests/e2e/recovery.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../probe/probe-log.ts';
import { decideRecoveryVerdict, type RecoveryInput } from './recovery-verdict.ts';

const success: Observation = { kind: 'success', api: 'getUserMedia', request: { audio: true, video: false, constraints: { audio: true } } };
const shown = (successVisible: boolean, errorText = '') => ({ successVisible, errorVisible: !!errorText, errorText, steps: [] });
const input = (extra: Partial<RecoveryInput>): RecoveryInput => ({
  action: 'allow-and-retry',
  how: "the profile's retry",
  expected: { kind: 'success' },
  observed: success,
  display: shown(true),
  tracks: [{ kind: 'audio', readyState: 'live' }],
  errorTemplate: '{name}: {message}',
  modeNeeds: { label: 'Record Audio, No Video', audio: true, video: false },
  ...extra,
});

test('recorded again, live, error gone: passed', () => {
  const v = decideRecoveryVerdict(input({}));
  assert.equal(v.status, 'passed');
  assert.ok(v.checks.every((c) => c.name.startsWith('recovery: ')));
  assert.ok(v.checks.some((c) => c.name === 'recovery: tracks live' && c.ok));
});

test('no new capture call: the retry does not retry', () => {
  const v = decideRecoveryVerdict(input({ observed: { kind: 'no-call' }, display: shown(false, 'NotAllowedError: Permission dismissed') }));
  assert.equal(v.status, 'failed');
  assert.equal(v.failures[0], `after allow-and-retry (the profile's retry) the app made no new capture call: its retry does not retry (it still shows "NotAllowedError: Permission dismissed")`);
});

test('recording under the old error: never cleared', () => {
  const v = decideRecoveryVerdict(input({ display: { ...shown(true), errorVisible: true, errorText: 'NotAllowedError: Permission dismissed' } }));
  assert.deepEqual(v.failures, [`after allow-and-retry (the profile's retry): the app records again but never cleared the old error: it still shows "NotAllowedError: Permission dismissed"`]);
});

test('success shown over ended tracks: nothing is recorded', () => {
  const v = decideRecoveryVerdict(input({ tracks: [{ kind: 'audio', readyState: 'ended' }] }));
  assert.deepEqual(v.failures, [`after allow-and-retry (the profile's retry): the app shows success but the tracks it got are not live (audio ended): nothing is being recorded`]);
  assert.match(decideRecoveryVerdict(input({ tracks: [] })).failures[0]!, /returned no tracks/);
});

test('success not shown, or the step did not take in the browser (still refused: broken, not the app)', () => {
  assert.match(decideRecoveryVerdict(input({ display: shown(false) })).failures[0]!, /did not show its success state/);
  const still = decideRecoveryVerdict(input({ observed: { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied', request: success.request } }));
  assert.equal(still.status, 'broken');
  assert.match(still.failures[0]!, /^after allow-and-retry \(the profile's retry\): precondition failed: expected capture succeeds/);
});
