import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { engineOf, expandMatrix, matchesPattern, violatedConstraint } from './expand.ts';
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
  // Screen share on a phone is a cell only as the unsupported-browser state (the API is absent there).
  assert.ok(!cells.some((c) => c.mode === 'screen-share' && ['android', 'ios'].includes(c.os) && c.state !== 'unsupported-browser'), 'no mobile screen share');
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

test('every combination of the axes is a cell or is removed by a declared constraint, never both', () => {
  const ids = new Set(cells.map((c) => c.id));
  let combinations = 0;
  for (const browser of spec.axes.browser)
    for (const os of spec.axes.os)
      for (const state of spec.axes.state)
        for (const mode of spec.axes.mode) {
          combinations++;
          const c = { browser, os, state, mode };
          const id = [browser, os, state, mode].join('/');
          assert.notEqual(ids.has(id), !!violatedConstraint(spec, c), id);
        }
  assert.equal(combinations, spec.axes.browser.length * spec.axes.os.length * spec.axes.state.length * spec.axes.mode.length);
  // Every constraint removes something: a constraint that matches no combination is a typo.
  for (const k of spec.constraints) {
    const removes = spec.axes.browser.some((browser) => spec.axes.os.some((os) => spec.axes.state.some((state) => spec.axes.mode.some((mode) => matchesPattern({ browser, os, state, mode }, k.when)))));
    assert.ok(removes, `constraint ${k.id} matches no combination`);
  }
});

test('unsupported-browser cells: screen share on every phone browser, every mode of Safari on macOS and iOS, nothing else', () => {
  const ids = cells.filter((c) => c.state === 'unsupported-browser').map((c) => c.id).sort();
  const phones = ['chrome/android', 'edge/android', 'brave/android', 'firefox/android', 'chrome/ios', 'edge/ios', 'brave/ios', 'firefox/ios', 'safari/ios'].map((b) => `${b}/unsupported-browser/screen-share`);
  const safari = ['macos', 'ios'].flatMap((os) => ['audio-only', 'audio-show-video', 'audio-video', 'screen-share'].map((m) => `safari/${os}/unsupported-browser/${m}`));
  assert.deepEqual(ids, [...new Set([...phones, ...safari])].sort());
  assert.equal(ids.length, 16);
});

test("a constraint's unless spares the cells it matches, and only those", () => {
  const k = spec.constraints.find((c) => c.id === 'no-mobile-screen-share')!;
  assert.ok(k.unless, 'the phone rule is relaxed for one state');
  const phone = { browser: 'chrome', os: 'android', mode: 'screen-share' } as const;
  assert.equal(violatedConstraint(spec, { ...phone, state: 'denied' })?.id, 'no-mobile-screen-share');
  assert.equal(violatedConstraint(spec, { ...phone, state: 'unsupported-browser' }), undefined);
  const strict = { ...spec, constraints: spec.constraints.map((c) => ({ ...c, unless: undefined })) };
  assert.equal(violatedConstraint(strict, { ...phone, state: 'unsupported-browser' })?.id, 'no-mobile-screen-share');
});

test('a sequence makes <from>..<to> cells of its from state where its when matches and the to cell is valid', async () => {
  const { expandSequences } = await import('./expand.ts');
  const seq = expandSequences(spec, cells);
  const ids = new Set(seq.map((c) => c.id));
  assert.equal(ids.size, seq.length, 'unique ids');
  assert.ok(ids.has('chrome/macos/denied..granted/audio-video'));
  assert.ok(ids.has('chrome/linux/denied..granted/screen-share'));
  // The when of the sequence leaves audio-show-video out; screen share has no device to select.
  assert.ok(!ids.has('chrome/macos/denied..granted/audio-show-video'));
  assert.ok(!seq.some((c) => c.mode === 'screen-share' && c.sequence?.action === 'select-other-device'));
  const c = seq.find((x) => x.id === 'chrome/linux/denied..granted/screen-share')!;
  assert.deepEqual([c.state, c.sequence], ['denied', { action: 'pick-surface', to: 'granted' }]);
  const plainOf = (id: string) => id.replace(/\.\.[a-z-]+/, '');
  assert.ok(seq.every((x) => !ids.has(plainOf(x.id)) && cells.some((b) => b.id === plainOf(x.id))), 'each has its plain from cell');
});

test('a sequence that changes nothing, or two that make the same ids, are refused', async () => {
  const { parseMatrix } = await import('./load-matrix.ts');
  const raw = JSON.parse(readFileSync(new URL('../../scenarios/matrix.json', import.meta.url), 'utf8'));
  const bad = (sequences: unknown[]) => () => parseMatrix({ ...raw, sequences });
  assert.throws(bad([{ from: 'denied', action: 'allow-and-reload', to: 'denied', why: 'x' }]), /sequences\.0\.to: a sequence must change the state/);
  assert.throws(
    bad([
      { from: 'denied', action: 'allow-and-reload', to: 'granted', why: 'x' },
      { from: 'denied', action: 'pick-surface', to: 'granted', when: { mode: ['screen-share'] }, why: 'y' },
    ]),
    /sequences 0 and 1 both make denied..granted cells/,
  );
  assert.throws(bad([{ from: 'denied', action: 'wave', to: 'granted', why: 'x' }]), /sequences\.0\.action/);
  // A change made while recording needs a recording to change.
  assert.throws(bad([{ from: 'dismissed', action: 'revoke-while-recording', to: 'denied', why: 'x' }]), /sequences\.0\.from: revoke-while-recording happens while the app records: its "from" must be "granted", not "dismissed"/);
});
