// Recovery cells (<from>..<to>) in a real Chromium: the clean bundled app records again after the
// user's action (reload after allowing, retry after the prompt, another device, the other app closed),
// and each recovery defect variant fails its cells with a message naming the problem. A target
// without the profile fields a recovery needs, and an undeclared sequence, never run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPS } from '../selftest/defect-variants.ts';
import { runCli } from './run-cli.ts';

// The recovery defect variants (retry-does-not-retry, stale-error-after-retry, spinner-after-retry,
// dead-stream-after-retry, silent-repeat-refusal, ignores-ended-track) run with every other variant in tests/e2e/defects.test.ts.

test('allowed in the site settings and reloaded, the clean app records (native: CDP), and the result says what it saw after', () => {
  const r = runCli(['run', 'chrome/linux/denied..granted/audio-video', 'chrome/macos/denied..granted/audio-only', '--no-report']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(r.results.map((x) => [x.id, x.status, x.fidelity]).sort(), [
    ['chrome/linux/denied..granted/audio-video', 'passed', 'native'],
    ['chrome/macos/denied..granted/audio-only', 'passed', 'native'],
  ]);
  for (const x of r.results) {
    // The first phase was judged as the plain denied cell is, the second on its own checks.
    assert.equal(x.exception?.name, 'NotAllowedError');
    assert.deepEqual(x.recovery && [x.recovery.observed, x.recovery.successShown, x.recovery.errorShown], ['getUserMedia succeeded', true, false]);
    assert.ok(x.checks.some((c) => c.name === 'recovery: tracks live' && c.ok), 'live tracks checked');
  }
  assert.match(r.stdout, /denied\.\.granted\s+✓N/);
});

test("the articles' distinctions in real browsers: a closed prompt asks again, three closed prompts block the site, a block refuses without asking", () => {
  const ids = ['chrome/linux/dismissed..dismissed/audio-only', 'chrome/linux/dismissed..dismissed/screen-share', 'chrome/linux/dismissed..denied/audio-video', 'chrome/macos/denied..denied/audio-only', 'firefox/linux/denied..denied/audio-only', 'firefox/linux/dismissed..dismissed/audio-only'];
  const r = runCli(['run', ...ids, '--no-report']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(r.results.map((x) => [x.id, x.status, x.fidelity]).sort(), ids.map((id) => [id, 'passed', 'native']).sort());
  const check = (id: string, name: string) => r.results.find((x) => x.id === id)!.checks.find((c) => c.name === name)?.ok;
  // Chromium, headed: the harness closed a real prompt (or picker) in both phases, or found none to close.
  assert.equal(check('chrome/linux/dismissed..dismissed/audio-only', 'prompt shown'), true);
  assert.equal(check('chrome/linux/dismissed..dismissed/audio-only', 'recovery: prompt shown'), true);
  assert.equal(check('chrome/linux/dismissed..dismissed/screen-share', 'recovery: prompt shown'), true);
  assert.equal(check('chrome/linux/dismissed..denied/audio-video', 'recovery: no prompt'), true);
  assert.equal(r.results.find((x) => x.id === 'chrome/linux/dismissed..denied/audio-video')!.recovery?.observed, 'NotAllowedError: "Permission denied"');
  assert.equal(check('chrome/macos/denied..denied/audio-only', 'recovery: no prompt'), true);
  // Firefox closes the real prompt as Chromium does, but does not ask again: the retry is refused at once.
  assert.equal(check('firefox/linux/dismissed..dismissed/audio-only', 'prompt shown'), true);
  assert.equal(check('firefox/linux/dismissed..dismissed/audio-only', 'recovery: no prompt'), true);
  // The advice after the embargo is the blocked site's: the site settings first.
  assert.equal(check('chrome/linux/dismissed..denied/audio-video', 'recovery: first step browser-permissions'), true);
});

test("a closed screen picker, then the user's pick in Chromium's real picker: the app records the screen (native)", () => {
  const r = runCli(['run', 'chrome/linux/dismissed..granted/screen-share', '--no-report']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const x = r.results[0]!;
  assert.deepEqual([x.status, x.fidelity], ['passed', 'native']);
  assert.equal(x.exception?.message, 'Permission denied by user');
  assert.equal(x.recovery?.observed, 'getDisplayMedia succeeded');
  assert.ok(x.checks.some((c) => c.name === 'recovery: tracks live' && c.ok));
});

test('changed while recording: the tracks end (Chromium natively), the clean apps notice and give the steps of the state left, with nothing asked of the profile', () => {
  const ids = ['chrome/linux/granted..denied/audio-video', 'firefox/linux/granted..denied/audio-only', 'safari/macos/granted..no-device/audio-only'];
  for (const target of [APPS['recording-app'], APPS['meeting-app']]) {
    const r = runCli(['run', ...ids, '--target', target, '--no-report']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.results.map((x) => [x.id, x.status, x.fidelity]).sort(), [
      ['chrome/linux/granted..denied/audio-video', 'passed', 'native'],
      ['firefox/linux/granted..denied/audio-only', 'passed', 'emulated'],
      ['safari/macos/granted..no-device/audio-only', 'passed', 'emulated'],
    ]);
    const chrome = r.results.find((x) => x.id === 'chrome/linux/granted..denied/audio-video')!;
    // The browser ended both tracks itself: the probe saw each ended event.
    assert.equal(chrome.recovery?.observed, "the recording's tracks: audio ended (ended event), video ended (ended event)");
    assert.deepEqual([chrome.recovery?.successShown, chrome.recovery?.errorShown], [false, true]);
    for (const x of r.results) {
      assert.ok(x.checks.some((c) => c.name === 'recovery: tracks ended' && c.ok));
      assert.ok(x.checks.some((c) => c.name === 'recovery: recording stopped shown' && c.ok));
      // Judged against the playbook's steps for the state the change left.
      assert.ok(x.checks.some((c) => c.name.startsWith('recovery: first step') && c.ok), `${x.id}: ${x.checks.map((c) => c.name).join(', ')}`);
    }
  }
});

test('a target without retry actions gets its retry cells unavailable naming the field; an undeclared sequence is bad input', () => {
  const list = runCli(['list', 'chrome/linux/dismissed..granted/audio-only', 'chrome/linux/pick-surface..granted/audio-only', '--target', APPS['meeting-app']]);
  assert.equal(list.status, 2, 'a state that does not exist is bad input');
  assert.match(list.stderr, /unknown state "pick-surface"/);
  const ok = runCli(['list', 'chrome/linux/dismissed..granted/audio-only', '--target', APPS['meeting-app']]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /chrome\/linux\/dismissed\.\.granted\/audio-only\s+unavailable .*has no retry actions, so the user cannot try again after allow-and-retry/);
  const bad = runCli(['run', 'chrome/linux/granted..dismissed/audio-only', '--no-report']);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assert.match(bad.stderr, /no recovery sequence granted\.\.dismissed .*valid sequences for audio-only are denied\.\.granted, dismissed\.\.granted.*, granted\.\.denied, granted\.\.no-device$/m);
});
