// The oracle on its own: each kind of app defect must produce a failure naming what is wrong.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePlaybook } from '../app-profile/load-profile.ts';
import type { Cell } from '../contract/cell.ts';
import { expectedSteps } from './expected-steps.ts';
import type { Display } from '../contract/cell-result.ts';
import { checkObservation, decideVerdict } from './verdict.ts';
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
const observed = { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied', request: { audio: true, video: false, constraints: { audio: true } } } as const;
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
  const v = verdict(shown({}), { kind: 'exception', name: 'NotFoundError', message: 'Requested device not found', request: { audio: true, video: false, screen: false }, constraints: { audio: true } } as never);
  assert.equal(v.status, 'broken');
  assert.equal(v.brokenBy, 'state-not-reached');
  assert.match(v.failures[0]!, /^precondition failed: expected NotAllowedError: "Permission denied"; the page received NotFoundError: "Requested device not found"/);
});

test('a capture call that never settles is an environment failure (the browser stalled), not the app and not a pass', () => {
  const v = verdict(shown({}), { kind: 'pending', api: 'getUserMedia' });
  assert.equal(v.status, 'broken');
  assert.equal(v.brokenBy, 'environment');
  assert.equal(v.failures[0], 'environment: the capture call never settled (expected NotAllowedError: "Permission denied"; the page received getUserMedia never settled)');
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

test('a swallowed error is one failure, not a cascade of missing steps', () => {
  const v = verdict(shown({ errorVisible: false, errorText: '', steps: [] }));
  assert.equal(v.failures.length, 1);
  assert.match(v.failures[0]!, /^the app swallowed the error/);
});

test('passing checks read as what was found, never as the failure', () => {
  const v = verdict(shown({}));
  assert.equal(v.status, 'passed');
  for (const c of v.checks) {
    assert.ok(c.ok, c.name);
    assert.doesNotMatch(c.detail, /swallowed|unexpected|missing|expected '|out of order/, `${c.name}: ${c.detail}`);
  }
  assert.ok(v.checks.some((c) => c.detail === "no step '*.camera' shown (audio-only skips camera steps)"));
});

const needs = { label: 'Record Audio and Video', audio: true, video: true };
const request = (constraints: unknown) => ({ audio: !!(constraints as { audio?: unknown }).audio, video: !!(constraints as { video?: unknown }).video, constraints });

test('an app that leaves out a device its mode needs fails, naming the device, before anything else', () => {
  const obs = { ...observed, request: request({ audio: true }) };
  const v = decideVerdict({ expected, observed: obs, display: shown({}), steps: expectedSteps(playbook, cell), errorTemplate: '{name}: {message}', modeNeeds: needs });
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, ['the app did not ask for the camera in Record Audio and Video mode: it called getUserMedia({"audio":true})']);
  const videoOnly = decideVerdict({ expected: { kind: 'success' }, observed: { kind: 'success', api: 'getUserMedia', request: request({ video: true }) }, display: shown({}), steps: expectedSteps(playbook, cell), errorTemplate: '', modeNeeds: needs });
  assert.deepEqual(videoOnly.failures, ['the app did not ask for the microphone in Record Audio and Video mode: it called getUserMedia({"video":true})']);
  const ok = decideVerdict({ expected, observed: { ...observed, request: request({ audio: true, video: { deviceId: 'x' } }) }, display: shown({}), steps: expectedSteps(playbook, cell), errorTemplate: '{name}: {message}', modeNeeds: needs });
  assert.equal(ok.checks[0]!.name, 'requested devices');
  assert.equal(ok.checks[0]!.ok, true);
});

test('another text the engine gives for this very request is accepted, only for that request', () => {
  const busy: ExpectedObservation = {
    kind: 'exception',
    name: 'NotReadableError',
    message: 'Could not start video source',
    source: 'test',
    alsoAccepted: [{ name: 'NotReadableError', message: 'Could not start audio source', when: { audio: true }, why: 'race' }],
  };
  const audio = (withAudio: boolean) => ({ kind: 'exception', api: 'getDisplayMedia', name: 'NotReadableError', message: 'Could not start audio source', request: { audio: withAudio, video: true, constraints: {} } }) as const;
  assert.equal(checkObservation(busy, audio(true)).ok, true);
  assert.equal(checkObservation(busy, audio(false)).ok, false);
  assert.match(checkObservation(busy, audio(false)).detail, /expected NotReadableError: "Could not start video source" or NotReadableError: "Could not start audio source"/);
});

// A browser the app does not support here: no exception exists, the page must make no capture call
// and the app must show its own advice (the playbook judges which steps).
const unsupportedPlaybook = parsePlaybook(
  {
    steps: { 'try-supported-browser': {}, 'not-available-on-device': {}, 'browser-permissions': {} },
    rules: [{ why: 'unsupported: advice, no permission steps', when: {}, first: 'not-available-on-device', include: ['try-supported-browser'], exclude: ['browser-permissions*'] }],
  },
  'test',
);
const noCapture: ExpectedObservation = { kind: 'no-capture-call', source: 'test' };
const advice = (d: Partial<Display> = {}): Display => ({ successVisible: false, errorVisible: true, errorText: 'Screen sharing is not available on this device', steps: steps('not-available-on-device', 'try-supported-browser'), ...d });
const unsupportedVerdict = (display: Display, obs: any) =>
  decideVerdict({ expected: noCapture, observed: obs, display, steps: expectedSteps(unsupportedPlaybook, cell), errorTemplate: '{name}: {message}', modeNeeds: needs });

test('no capture call expected: the API absent or never called both pass when the app shows its advice (no error text to quote)', () => {
  for (const obs of [{ kind: 'api-missing' }, { kind: 'no-call' }] as const) {
    const v = unsupportedVerdict(advice(), obs);
    assert.equal(v.status, 'passed', v.failures.join('\n'));
    assert.ok(!v.checks.some((c) => c.name === 'error text'), 'an unsupported browser has no exception to quote');
  }
});

test('no capture call expected: permission steps instead of the advice fail on the playbook', () => {
  const v = unsupportedVerdict(advice({ steps: steps('browser-permissions', 'try-supported-browser') }), { kind: 'api-missing' });
  assert.equal(v.status, 'failed');
  assert.ok(v.failures.includes("unexpected step 'browser-permissions' shown (unsupported: advice, no permission steps)"), v.failures.join('\n'));
  assert.ok(v.failures.some((f) => f.startsWith("first step is 'browser-permissions', expected 'not-available-on-device'")));
});

test('no capture call expected: showing nothing is one failure saying so', () => {
  const v = unsupportedVerdict(advice({ errorVisible: false, errorText: '', steps: [] }), { kind: 'no-call' });
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, ['the app shows no advice for an unsupported browser: the app made no capture call and no error is shown']);
});

test('no capture call expected: a call the app made anyway is the app failing, not the state missed', () => {
  const called = { kind: 'success', api: 'getUserMedia', request: request({ audio: true, video: true }) } as const;
  const v = unsupportedVerdict({ successVisible: true, errorVisible: false, errorText: '', steps: [] }, called);
  assert.equal(v.status, 'failed');
  assert.match(v.failures[0]!, /^the app called getUserMedia in a browser it does not support here: expected no capture call .*; the page received getUserMedia succeeded$/);
  // The cell that never got as far as the capture step is still broken.
  assert.equal(unsupportedVerdict(advice(), { kind: 'not-reached' }).status, 'broken');
});

test('a prompt the state says comes back must have been shown; a lasting block must refuse without one: otherwise the state was not reached', () => {
  const asked = { ...observed, promptAnswered: true };
  const again = verdict(shown({}), asked, { ...expected, prompt: 'shown' });
  assert.equal(again.status, 'passed');
  assert.ok(again.checks.some((c) => c.name === 'prompt shown' && c.ok));
  const notAsked = verdict(shown({}), observed, { ...expected, prompt: 'shown' });
  assert.equal(notAsked.status, 'broken');
  assert.equal(notAsked.brokenBy, 'state-not-reached');
  assert.equal(notAsked.failures[0], 'precondition failed: the browser refused at once: no prompt was waiting for the harness to close');
  const blocked = verdict(shown({}), asked, { ...expected, prompt: 'not-shown' });
  assert.equal(blocked.status, 'broken');
  assert.equal(blocked.failures[0], 'precondition failed: the browser asked: the call waited on a prompt until the harness closed it');
  assert.equal(verdict(shown({}), observed, { ...expected, prompt: 'not-shown' }).status, 'passed');
});
