import assert from 'node:assert/strict';
import { test } from 'node:test';
import { observe, type ProbeLog } from './probe-log.ts';

const base: ProbeLog = { url: 'x', secureContext: true, mediaDevices: true, getDisplayMedia: true, inFrame: false, calls: [] };

test('the last call of the mode’s API decides the observation', () => {
  const log: ProbeLog = {
    ...base,
    calls: [
      { api: 'enumerateDevices', constraints: null, at: 1, outcome: 'ok' },
      { api: 'getUserMedia', constraints: { audio: true }, at: 2, outcome: 'error', error: { name: 'NotAllowedError', message: 'Permission denied' } },
    ],
  };
  assert.deepEqual(observe(log, 'getUserMedia'), { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied' });
  assert.deepEqual(observe(log, 'getDisplayMedia'), { kind: 'no-call' });
});

test('a missing API is observed as such, a missing probe too', () => {
  assert.deepEqual(observe({ ...base, mediaDevices: false, getDisplayMedia: false }, 'getUserMedia'), { kind: 'api-missing' });
  assert.deepEqual(observe(null, 'getUserMedia'), { kind: 'no-probe' });
});
