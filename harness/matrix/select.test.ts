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
  // 2 states × 5 OSes; recovery cells: denied..granted, dismissed..granted, dismissed..dismissed and
  // denied..denied on 5 OSes, dismissed..denied (Chromium's embargo) on 4 (Chrome on iOS is WebKit).
  assert.equal(cells.filter((c) => !c.sequence).length, 10);
  assert.equal(cells.filter((c) => c.sequence).length, 24);
  assert.equal(selectCells(spec, { filters: { browser: ['chrome'], state: ['denied', 'dismissed'], mode: ['audio-only'] } }).length, 10, 'axis filters alone: plain cells');
  assert.ok(cells.every((c) => c.browser === 'chrome' && c.mode === 'audio-only'));
});

test('bad input names the valid values', () => {
  assert.throws(() => parseCellPattern('chrome/macos/denied'), { name: 'UsageError', message: /malformed cell id "chrome\/macos\/denied": expected <browser>\/<os>\/<state>\/<mode>/ });
  assert.throws(() => parseCellPattern('opera/macos/denied/audio-only'), {
    message: 'unknown browser "opera" in "opera/macos/denied/audio-only": valid browser values are chrome, edge, brave, firefox, safari',
  });
  assert.throws(() => selectCells(spec, { filters: { state: ['blocked'] } }), (e: Error) => e instanceof UsageError && /valid state values are granted, denied/.test(e.message));
  assert.throws(() => selectCells(spec, { suite: 'nightly' }), { message: 'unknown suite "nightly": valid suites are smoke, recovery, release' });
});

test('an invalid combination is an error that says which constraint and why', () => {
  assert.throws(() => selectCells(spec, { ids: ['safari/windows/denied/audio-only'] }), {
    message: /not a valid combination \(safari-only-apple\): Safari ships only on macOS and iOS/,
  });
});

test('a recovery cell selects by id and by glob; the glob syntax keeps plain and recovery cells apart', () => {
  assert.deepEqual(selectCells(spec, { ids: ['chrome/macos/denied..granted/audio-video'] }).map((c) => c.id), ['chrome/macos/denied..granted/audio-video']);
  // `*` never spans the state joiner: a plain state glob selects no recovery cell, `*..*` only recovery cells.
  assert.ok(selectCells(spec, { ids: ['chrome/linux/*/audio-only'] }).every((c) => !c.sequence));
  const recovery = selectCells(spec, { ids: ['chrome/linux/*..*/*'] });
  assert.ok(recovery.length > 0 && recovery.every((c) => c.sequence && c.id.includes('..')));
  assert.deepEqual(selectCells(spec, { ids: ['chrome/linux/denied..*/*'] }).map((c) => c.id), [
    'chrome/linux/denied..granted/audio-only',
    'chrome/linux/denied..granted/audio-video',
    'chrome/linux/denied..granted/screen-share',
    'chrome/linux/denied..denied/audio-only',
    'chrome/linux/denied..denied/audio-video',
  ]);
  const suite = selectCells(spec, { suite: 'recovery' });
  assert.ok(suite.length > 0 && suite.every((c) => c.sequence));
  for (const e of ['chromium', 'gecko', 'webkit']) assert.ok(suite.some((c) => c.engine === e), `engine ${e} in the recovery suite`);
});

test('a recovery id that no sequence declares names the valid ones; a bad half names the valid states', () => {
  assert.throws(() => selectCells(spec, { ids: ['chrome/linux/no-device..denied/audio-only'] }), {
    message: 'selection: no recovery sequence no-device..denied for chrome/linux/no-device..denied/audio-only: valid sequences for audio-only are denied..granted, dismissed..granted, no-device..granted, wrong-device..granted, device-busy..granted, dismissed..dismissed, denied..denied, dismissed..denied, granted..denied, granted..no-device',
  });
  assert.throws(() => parseCellPattern('chrome/linux/denied..allowed/audio-only'), { message: /unknown state "allowed" in "chrome\/linux\/denied..allowed\/audio-only": valid state values are granted/ });
  assert.throws(() => parseCellPattern('chrome/linux/a..b..c/audio-only'), { message: /a recovery cell has two states/ });
});
