import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../util/errors.ts';
import { parseCellPattern } from './cell-pattern.ts';
import { loadMatrix } from './load-matrix.ts';
import { selectCells } from './select.ts';

const spec = loadMatrix();

test('the smoke suite covers every state and every engine', () => {
  const smoke = selectCells(spec, { suite: 'smoke' });
  for (const s of spec.axes.state) assert.ok(smoke.some((c) => c.state === s), `state ${s} in smoke`);
  for (const e of ['chromium', 'gecko', 'webkit']) assert.ok(smoke.some((c) => c.engine === e), `engine ${e} in smoke`);
  for (const m of spec.axes.mode) assert.ok(smoke.some((c) => c.mode === m), `mode ${m} in smoke`);
});

test('an id selects exactly that cell', () => {
  const cells = selectCells(spec, { ids: ['chrome/macos/denied/audio-only'] });
  assert.deepEqual(cells.map((c) => c.id), ['chrome/macos/denied/audio-only']);
});

test('globs match any value in their position', () => {
  const cells = selectCells(spec, { ids: ['chrome/*/denied/audio-only'] });
  // chrome on iOS is a valid cell too: it runs on WebKit.
  assert.deepEqual(cells.map((c) => c.os).sort(), ['android', 'ios', 'linux', 'macos', 'windows']);
  assert.equal(selectCells(spec, { ids: ['*/ios/*/*'] }).every((c) => c.engine === 'webkit'), true);
});

test('axis filters combine with AND, values with OR', () => {
  const cells = selectCells(spec, { suite: 'release', filters: { browser: ['chrome'], state: ['denied', 'dismissed'], mode: ['audio-only'] } });
  assert.equal(cells.length, 10); // 2 states × 5 OSes
  assert.ok(cells.every((c) => c.browser === 'chrome' && c.mode === 'audio-only'));
});

test('bad input names the valid values', () => {
  assert.throws(() => parseCellPattern('chrome/macos/denied'), { name: 'UsageError', message: /malformed cell id "chrome\/macos\/denied": expected <browser>\/<os>\/<state>\/<mode>/ });
  assert.throws(() => parseCellPattern('opera/macos/denied/audio-only'), {
    message: 'unknown browser "opera" in "opera/macos/denied/audio-only": valid browser values are chrome, edge, brave, firefox, safari',
  });
  assert.throws(() => selectCells(spec, { filters: { state: ['blocked'] } }), (e: Error) => e instanceof UsageError && /valid state values are granted, denied/.test(e.message));
  assert.throws(() => selectCells(spec, { suite: 'nightly' }), { message: 'unknown suite "nightly": valid suites are smoke, release' });
});

test('an invalid combination is an error that says which constraint and why', () => {
  assert.throws(() => selectCells(spec, { ids: ['safari/windows/denied/audio-only'] }), {
    message: /not a valid combination \(safari-only-apple\): Safari ships only on macOS and iOS/,
  });
});
