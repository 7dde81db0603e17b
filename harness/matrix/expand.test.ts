import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandMatrix, engineOf } from './expand.ts';
import { loadMatrix } from './load-matrix.ts';

const spec = loadMatrix();
const cells = expandMatrix(spec);

test('every cell has a unique id in browser/os/state/mode order', () => {
  const ids = new Set(cells.map((c) => c.id));
  assert.equal(ids.size, cells.length);
  assert.ok(ids.has('chrome/macos/denied/audio-only'));
});

test('declared constraints remove invalid combinations', () => {
  assert.ok(!cells.some((c) => c.browser === 'safari' && ['windows', 'linux', 'android'].includes(c.os)), 'safari only on apple');
  assert.ok(!cells.some((c) => c.mode === 'screen-share' && ['android', 'ios'].includes(c.os)), 'no mobile screen share');
  assert.ok(!cells.some((c) => c.os === 'linux' && c.state === 'denied-by-system'));
  assert.ok(!cells.some((c) => c.mode === 'screen-share' && (c.state === 'no-device' || c.state === 'wrong-device')));
});

test('the engine is derived from the brand, and every iOS browser is WebKit', () => {
  assert.equal(engineOf(spec, { browser: 'edge', os: 'windows', state: 'denied', mode: 'audio-only' }), 'chromium');
  assert.equal(engineOf(spec, { browser: 'firefox', os: 'linux', state: 'denied', mode: 'audio-only' }), 'gecko');
  assert.equal(engineOf(spec, { browser: 'chrome', os: 'ios', state: 'denied', mode: 'audio-only' }), 'webkit');
  assert.equal(engineOf(spec, { browser: 'firefox', os: 'ios', state: 'denied', mode: 'audio-only' }), 'webkit');
  assert.equal(engineOf(spec, { browser: 'safari', os: 'macos', state: 'denied', mode: 'audio-only' }), 'webkit');
});

test('the release matrix has the expected size', () => {
  // 22 browser/os pairs × 36 state/mode pairs, less the declared constraints.
  assert.equal(cells.length, 669);
  assert.equal(cells.filter((c) => c.engine === 'chromium').length, 375);
});
