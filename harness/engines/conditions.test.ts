// Every engine's condition table: valid data, honest labels, and the fidelity of the cells the
// issues name (never emulated where a native mechanism exists).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandMatrix, expandSequences } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { Condition } from '../contract/condition.ts';
import { engines } from './registry.ts';

const cells = expandMatrix(loadMatrix());
const recoveryCells = expandSequences(loadMatrix(), cells);
const conditionOf = (id: string) => engines.condition([...cells, ...recoveryCells].find((c) => c.id === id)!);

test('every cell has a valid condition, and the label matches the mechanism', () => {
  for (const cell of cells) {
    const c = Condition.parse(engines.condition(cell));
    assert.equal(c.state, cell.state);
    if (c.fidelity === 'emulated') {
      assert.ok(c.why, `${cell.id}: emulated without saying why`);
      if (c.emulatedRejection) {
        assert.equal(c.expected.kind, 'exception');
        assert.match(c.mechanism, /^page-boundary rejection/);
      } else if (c.absentApi) {
        // An API the real browser lacks, taken from the page: no call can be made.
        assert.equal(c.expected.kind, 'no-capture-call');
        assert.match(c.mechanism, new RegExp(`^${c.absentApi} removed from the page`));
      } else {
        // Only an identity is worn (an older browser's user agent): the mechanism says so.
        assert.equal(c.expected.kind, 'no-capture-call', `${cell.id}: emulated with nothing emulated`);
        assert.match(c.mechanism, /^user-agent override only/);
      }
    } else {
      assert.equal(c.emulatedRejection, undefined, `${cell.id}: native with an injected rejection`);
      assert.equal(c.absentApi, undefined, `${cell.id}: native with a removed API`);
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
    // The real prompt, closed with Escape; the camera's prompt takes no keys, so camera modes stay emulated.
    ['firefox/linux/dismissed/audio-only', 'native', /the real prompt is shown; xdotool presses Escape in it/],
    ['firefox/linux/dismissed/screen-share', 'native', /the real sharing prompt is shown; xdotool presses Escape in it/],
    ['firefox/linux/dismissed/audio-video', 'emulated', /page-boundary/],
    ['safari/macos/no-device/audio-video', 'native', /without mock capture devices/],
    ['chrome/android/unsupported-browser/screen-share', 'emulated', /^getDisplayMedia removed from the page .*Android/],
    ['firefox/android/unsupported-browser/screen-share', 'emulated', /^getDisplayMedia removed from the page .*Android/],
    ['chrome/ios/unsupported-browser/screen-share', 'emulated', /^getDisplayMedia removed from the page .*CriOS/],
    ['safari/macos/unsupported-browser/audio-only', 'emulated', /^user-agent override only: Safari 13\.1\.2 on macos .*Version\/13\.1\.2 Safari/],
    ['safari/macos/unsupported-browser/screen-share', 'emulated', /^user-agent override only: Safari 13\.1/],
    ['safari/ios/unsupported-browser/audio-video', 'emulated', /^user-agent override only: Safari 13\.1\.2 on ios .*iPhone OS 13_7/],
    ['safari/ios/unsupported-browser/screen-share', 'emulated', /^getDisplayMedia removed from the page .*Safari 13\.1\.2 on ios by user-agent override only/],
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

test('every recovery cell is labelled as honestly as its weakest phase: anything done at the page boundary is emulated, with the reason', () => {
  for (const cell of recoveryCells) {
    const c = Condition.parse(engines.condition(cell));
    if (c.fidelity === 'unavailable') {
      assert.ok(c.why, `${cell.id}: unavailable without saying why`);
      continue;
    }
    const r = c.recovery!;
    const pageBoundary = !!(c.emulatedRejection || r.liftRejection || r.endTracks);
    if (pageBoundary) assert.equal(c.fidelity, 'emulated', `${cell.id}: a page-boundary step in a cell labelled ${c.fidelity}`);
    if (c.fidelity === 'emulated') assert.ok(c.why, `${cell.id}: emulated without saying why`);
    if (r.fidelity === 'native') assert.ok(!r.liftRejection && !r.endTracks, `${cell.id}: a native step that emulates`);
    // A mid-session change is judged by what happens to the tracks, and only such a change is.
    assert.equal(r.expected.kind === 'tracks-ended', r.action === 'revoke-while-recording' || r.action === 'unplug-device', cell.id);
  }
});

test('the fidelity of the recovery cells the issue names', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['chrome/linux/granted..denied/audio-video', 'native', /then revoke-while-recording: native — cdp Browser\.setPermission denied/],
    ['firefox/linux/granted..denied/audio-only', 'emulated', /then revoke-while-recording: emulated — the page's live tracks stopped/],
    // WebKit's flag refuses new requests natively but leaves live tracks live: the ending is emulated.
    ['safari/macos/granted..denied/audio-only', 'emulated', /Automation\.setSessionPermissions GetUserMedia=false .*; the page's live tracks stopped/],
    ['chrome/linux/granted..no-device/audio-only', 'emulated', /removed from enumerateDevices, devicechange fired, a new getUserMedia refused with NotFoundError/],
    ['chrome/linux/dismissed..granted/screen-share', 'native', /xdotool picks Entire Screen in it by keyboard/],
    ['chrome/linux/no-device..granted/audio-only', 'emulated', /^page-boundary rejection of getUserMedia with NotFoundError .*then connect-device: emulated/],
    ['safari/macos/no-device..granted/audio-video', 'emulated', /^page-boundary rejection of getUserMedia with OverconstrainedError/],
    ['chrome/windows/device-busy..granted/screen-share', 'emulated', /^page-boundary rejection of getDisplayMedia with NotReadableError .*the screen source starts again/],
    ['chrome/linux/denied..granted/screen-share', 'unavailable', /--use-fake-ui-for-media-stream=deny/],
    // Firefox does not ask again after a closed prompt: the retry is refused without one.
    ['firefox/linux/dismissed..dismissed/audio-only', 'native', /Firefox does not show the prompt again/],
    ['firefox/linux/dismissed..granted/audio-only', 'unavailable', /Firefox does not ask again after a closed prompt/],
  ];
  for (const [id, fidelity, mechanism] of cases) {
    const c = conditionOf(id);
    assert.equal(c.fidelity, fidelity, id);
    assert.match(fidelity === 'unavailable' ? c.why! : c.mechanism, mechanism, id);
  }
});

test('device-busy messages follow the OS on Chromium', () => {
  const win = conditionOf('edge/windows/device-busy/audio-video').expected;
  const mac = conditionOf('chrome/macos/device-busy/audio-only').expected;
  assert.equal(win.kind === 'exception' && win.message, 'Device in use');
  assert.equal(mac.kind === 'exception' && mac.message, 'Could not start audio source');
});

test('unsupported-browser cells expect no capture call; phones lack getDisplayMedia, old Safari is its user agent', () => {
  for (const cell of cells.filter((c) => c.state === 'unsupported-browser')) {
    const c = engines.condition(cell);
    assert.equal(c.expected.kind, 'no-capture-call', cell.id);
    assert.equal(c.fidelity, 'emulated', `${cell.id}: every engine here has the APIs, so this is never native`);
    const phoneScreen = cell.mode === 'screen-share' && (cell.os === 'android' || cell.os === 'ios');
    assert.equal(c.absentApi, phoneScreen ? 'getDisplayMedia' : undefined, cell.id);
    if (cell.browser === 'safari') assert.match(JSON.stringify(c.launch), /Version\/13\.1\.2/, `${cell.id}: the Safari 13 identity is part of the condition`);
  }
});
