import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sessionMetadata } from './cell-labels.ts';
import { EXCLUDED_PARAMETERS } from './history-identity.ts';

test('a remote session adds what the node reported and the OS source, all outside the history key', () => {
  const m = sessionMetadata({
    browserVersion: 'chrome 156.0.8078.114',
    remote: { endpoint: 'http://127.0.0.1:4444/', browserName: 'chrome', browserVersion: '156.0.8078.114', platformName: 'linux', osSource: 'emulated-by-identity' },
  });
  assert.deepEqual(m.labels, [['os source', 'emulated-by-identity']]);
  assert.deepEqual(m.parameters?.map(([n, v]) => [n, v]), [
    ['browser version', 'chrome 156.0.8078.114'],
    ['node browser', 'chrome 156.0.8078.114'],
    ['node platform', 'linux'],
    ['os source', 'emulated by identity (node: linux)'],
    ['endpoint', 'http://127.0.0.1:4444/'],
  ]);
  assert.ok(m.parameters!.every(([n, , o]) => o?.excluded && EXCLUDED_PARAMETERS.has(n)));
  assert.deepEqual(sessionMetadata({ browserVersion: 'Chromium 156' }), { parameters: [['browser version', 'Chromium 156', { excluded: true }]] });
});
