import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../probe/probe-log.ts';
import { startNotPossibleVerdict } from './start-not-possible.ts';

const request = { audio: true, video: false, constraints: { audio: true } };
const base = { state: 'some-state', startLabel: "start[0] 'click Start'" };

test('start unusable and no capture call: passed, both checks say why', () => {
  for (const observed of [{ kind: 'no-call' }, { kind: 'api-missing' }] as Observation[]) {
    const v = startNotPossibleVerdict({ ...base, blocked: '#start: the <button> it matches is disabled', observed });
    assert.equal(v.status, 'passed');
    assert.deepEqual(v.checks.map((c) => [c.name, c.ok]), [['start not possible', true], ['no capture call', true]]);
    assert.match(v.checks[0]!.detail, /as the profile says for some-state: #start: the <button> it matches is disabled/);
  }
});

test('Start could be used (the app went on to ask): failed, naming the profile field and what happened', () => {
  const v = startNotPossibleVerdict({ ...base, blocked: undefined, observed: { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied', request } });
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, [`the profile says start is not possible in some-state (startNotPossible), but start[0] 'click Start' could be used and the app went on: NotAllowedError: "Permission denied"`]);
});

test('Start could be used even though the app then made no call: still failed (the control was offered)', () => {
  const v = startNotPossibleVerdict({ ...base, blocked: undefined, observed: { kind: 'no-call' } });
  assert.equal(v.status, 'failed');
});

test('Start unusable, yet the page called the capture API: failed', () => {
  const v = startNotPossibleVerdict({ ...base, blocked: '#note is shown instead of a usable start', observed: { kind: 'success', api: 'getUserMedia', request } });
  assert.equal(v.status, 'failed');
  assert.match(v.failures[0]!, /^start is not possible \(#note is shown instead of a usable start\), yet the page called getUserMedia: getUserMedia succeeded$/);
});

test('a page the harness could not read is not judged: broken, state not reached', () => {
  for (const observed of [{ kind: 'no-probe' }, { kind: 'not-reached' }] as Observation[]) {
    const v = startNotPossibleVerdict({ ...base, blocked: 'x', observed });
    assert.equal(v.status, 'broken');
    assert.equal(v.brokenBy, 'state-not-reached');
  }
});
