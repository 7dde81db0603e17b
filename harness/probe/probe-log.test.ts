import assert from 'node:assert/strict';
import { test } from 'node:test';
import { observe, requestedDevices, type ProbeLog } from './probe-log.ts';

const base: ProbeLog = { url: 'x', secureContext: true, mediaDevices: true, getDisplayMedia: true, inFrame: false, calls: [] };

test('the last call of the mode’s API decides the observation', () => {
  const log: ProbeLog = {
    ...base,
    calls: [
      { api: 'enumerateDevices', constraints: null, at: 1, outcome: 'ok' },
      { api: 'getUserMedia', constraints: { audio: true }, at: 2, outcome: 'error', error: { name: 'NotAllowedError', message: 'Permission denied' } },
    ],
  };
  assert.deepEqual(observe(log, 'getUserMedia'), {
    kind: 'exception',
    api: 'getUserMedia',
    name: 'NotAllowedError',
    message: 'Permission denied',
    request: { audio: true, video: false, constraints: { audio: true } },
  });
  assert.deepEqual(observe(log, 'getDisplayMedia'), { kind: 'no-call' });
});

test('what the call asked for comes from its constraints; getDisplayMedia asks for the screen unless video is false', () => {
  assert.deepEqual(requestedDevices('getUserMedia', { audio: { deviceId: { exact: 'x' } }, video: true }), { audio: true, video: true, constraints: { audio: { deviceId: { exact: 'x' } }, video: true } });
  assert.deepEqual(requestedDevices('getUserMedia', { video: true }), { audio: false, video: true, constraints: { video: true } });
  assert.equal(requestedDevices('getDisplayMedia', undefined).video, true);
  assert.equal(requestedDevices('getDisplayMedia', { audio: true }).audio, true);
  assert.equal(requestedDevices('getDisplayMedia', { video: false }).video, false);
});

test('a missing API is observed as such, a missing probe too', () => {
  assert.deepEqual(observe({ ...base, mediaDevices: false, getDisplayMedia: false }, 'getUserMedia'), { kind: 'api-missing' });
  assert.deepEqual(observe(null, 'getUserMedia'), { kind: 'no-probe' });
});

test('after a mark only the later calls count; a log without the mark is a reloaded document', async () => {
  const { sinceMark, lastTracks } = await import('./probe-log.ts');
  const denied = { api: 'getUserMedia', constraints: { audio: true }, at: 1, outcome: 'error' as const, error: { name: 'NotAllowedError', message: 'Permission denied' } };
  const ok = { api: 'getUserMedia', constraints: { audio: true }, at: 2, outcome: 'ok' as const, result: [{ kind: 'audio', label: 'fake', readyState: 'live' }] };
  assert.equal(observe(sinceMark({ ...base, mark: 1, calls: [denied] }), 'getUserMedia').kind, 'no-call');
  assert.equal(observe(sinceMark({ ...base, mark: 1, calls: [denied, ok] }), 'getUserMedia').kind, 'success');
  assert.equal(sinceMark({ ...base, calls: [ok] })!.calls.length, 1);
  assert.deepEqual(lastTracks({ ...base, calls: [ok] }, 'getUserMedia'), [{ kind: 'audio', label: 'fake', readyState: 'live' }]);
  assert.deepEqual(lastTracks({ ...base, calls: [denied] }, 'getUserMedia'), []);
});

test("a refusal that came after the harness closed a prompt is one the browser asked about; one before it, or without an answer, is not", () => {
  const call = { api: 'getUserMedia', constraints: { audio: true }, at: 100, settledAt: 1200, outcome: 'error' as const, error: { name: 'NotAllowedError', message: 'Permission dismissed' } };
  assert.equal((observe({ ...base, calls: [call], answers: [700] }, 'getUserMedia') as { promptAnswered?: boolean }).promptAnswered, true);
  // The answer belonged to an earlier call (the embargo's third dismissal); this call settled at once.
  const atOnce = { ...call, at: 2000, settledAt: 2016, error: { name: 'NotAllowedError', message: 'Permission denied' } };
  assert.equal((observe({ ...base, calls: [call, atOnce], answers: [700] }, 'getUserMedia') as { promptAnswered?: boolean }).promptAnswered, undefined);
  assert.equal((observe({ ...base, calls: [call] }, 'getUserMedia') as { promptAnswered?: boolean }).promptAnswered, undefined);
});

test("the recording's tracks are the last successful call's; ended means every one ended with its event", async () => {
  const { recordingTracks, tracksEnded, lastTracks } = await import('./probe-log.ts');
  const ok = { api: 'getUserMedia', constraints: { audio: true }, at: 1, outcome: 'ok' as const, result: [{ kind: 'audio', label: 'fake', readyState: 'ended', endedAt: 5 }] };
  const refused = { api: 'getUserMedia', constraints: { audio: true }, at: 6, outcome: 'error' as const, error: { name: 'NotFoundError', message: 'Requested device not found' } };
  const log = { ...base, calls: [ok, refused] };
  assert.deepEqual(lastTracks(log, 'getUserMedia'), [], 'the last call failed');
  assert.deepEqual(recordingTracks(log, 'getUserMedia'), ok.result);
  assert.equal(tracksEnded(recordingTracks(log, 'getUserMedia')), true);
  assert.equal(tracksEnded([{ kind: 'audio', readyState: 'ended' }]), false, 'stopped by the page: no ended event');
  assert.equal(tracksEnded([{ kind: 'audio', readyState: 'live', endedAt: 5 }]), false);
  assert.equal(tracksEnded([]), false);
});
