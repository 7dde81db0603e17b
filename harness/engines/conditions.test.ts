// Every engine's condition table: valid data, honest labels, and the fidelity of the cells the
// issues name (never emulated where a native mechanism exists).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandMatrix } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { Condition } from '../contract/condition.ts';
import { engines } from './registry.ts';

const cells = expandMatrix(loadMatrix());
const conditionOf = (id: string) => engines.condition(cells.find((c) => c.id === id)!);

test('every cell has a valid condition, and the label matches the mechanism', () => {
  for (const cell of cells) {
    const c = Condition.parse(engines.condition(cell));
    assert.equal(c.state, cell.state);
    if (c.fidelity === 'emulated') {
      assert.ok(c.emulatedRejection, `${cell.id}: emulated without a rejection`);
      assert.ok(c.why, `${cell.id}: emulated without saying why`);
      assert.equal(c.expected.kind, 'exception');
      assert.match(c.mechanism, /^page-boundary rejection/);
    } else {
      assert.equal(c.emulatedRejection, undefined, `${cell.id}: native with an injected rejection`);
    }
    if (c.expected.kind === 'exception') assert.ok(c.expected.source.length > 10, `${cell.id}: message without a source`);
  }
});

test('the fidelity of the cells the issues name', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['chrome/macos/denied-by-system/audio-video', 'emulated', /Permission denied by system/],
    ['chrome/linux/dismissed/audio-only', 'native', /cdp Browser\.setPermission prompt/],
    ['chrome/windows/denied/screen-share', 'native', /--use-fake-ui-for-media-stream=deny/],
    ['chrome/windows/dismissed/screen-share', 'native', /xdotool presses Escape/],
    ['firefox/linux/denied/audio-video', 'native', /permissions\.default\.microphone=2/],
    ['firefox/linux/dismissed/audio-only', 'emulated', /page-boundary/],
    ['safari/macos/no-device/audio-video', 'native', /without mock capture devices/],
    ['safari/macos/denied/audio-only', 'native', /Automation\.setSessionPermissions/],
    ['safari/macos/dismissed/screen-share', 'native', /indistinguishable from denied/],
    ['safari/macos/denied-by-system/audio-only', 'emulated', /page-boundary/],
  ];
  for (const [id, fidelity, mechanism] of cases) {
    const c = conditionOf(id);
    assert.equal(c.fidelity, fidelity, id);
    assert.match(c.mechanism, mechanism, id);
  }
});

test('device-busy messages follow the OS on Chromium', () => {
  const win = conditionOf('edge/windows/device-busy/audio-video').expected;
  const mac = conditionOf('chrome/macos/device-busy/audio-only').expected;
  assert.equal(win.kind === 'exception' && win.message, 'Device in use');
  assert.equal(mac.kind === 'exception' && mac.message, 'Could not start audio source');
});
