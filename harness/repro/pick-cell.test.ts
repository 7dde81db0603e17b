// The sample tickets kept in tests/tickets pick the expected cells, with the reasons said.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pickCell } from './pick-cell.ts';
import { Ticket } from './ticket.ts';
import { TICKET_CELLS } from '../../tests/tickets/expected-cells.ts';


const ticket = (f: string) => Ticket.parse(JSON.parse(readFileSync(new URL(`../../tests/tickets/${f}`, import.meta.url), 'utf8')));

for (const [file, cell] of Object.entries(TICKET_CELLS)) {
  test(`ticket ${file} → ${cell}`, () => {
    const p = pickCell(ticket(file));
    assert.equal(p.cellId, cell);
    // Each part of the cell is explained by what the ticket said.
    const [browser, os, state, mode] = cell.split('/');
    assert.ok(p.reasons.some((r) => r.startsWith('user agent: ') && r.includes(`→ browser ${browser}, os ${os}`)), p.reasons.join('\n'));
    assert.ok(p.reasons.some((r) => r.startsWith('mode: ') && r.endsWith(`→ ${mode}`)), p.reasons.join('\n'));
    assert.ok(p.reasons.some((r) => r.startsWith('error: ') && r.includes(`→ ${state}`)), p.reasons.join('\n'));
  });
}

test('ambiguous texts and iOS browsers are explained', () => {
  const ff = pickCell(ticket('03-firefox-linux-denied.json'));
  // denied-by-system is not a Linux cell, so it is not offered as an alternative.
  assert.deepEqual(ff.alternatives, ['dismissed', 'policy-blocked']);
  const ios = pickCell(ticket('04-iphone-chrome-no-device.json'));
  assert.ok(ios.notes.some((n) => /every browser is Safari's WebKit/.test(n)));
  assert.deepEqual(ios.alternatives, ['wrong-device']);
});

test('what cannot be mapped is a clear error', () => {
  assert.throws(() => pickCell({ ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0', error: 'Permission denied', mode: 'Record Audio and Video' }), /cannot tell the browser .*Opera/);
  assert.throws(() => pickCell({ ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', error: 'Oops', mode: 'Record Audio and Video' }), /matches no known browser message/);
  assert.throws(() => pickCell({ ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', error: 'Permission denied', mode: 'Podcast' }), /unknown mode "Podcast"/);
  assert.throws(
    () => pickCell({ ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', error: 'NotAllowedError: Permission denied by system', mode: 'Record Audio and Video' }),
    /no cell can reproduce .* on chrome\/linux in audio-video: it means denied-by-system/,
  );
});

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const SAFARI_17 = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15';
const SAFARI_12 = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15';

test('screen share on a phone maps to the cell of the state that expects no capture call, whatever the text', () => {
  for (const error of ['NotAllowedError: Permission denied by user', 'TypeError: getDisplayMedia is not a function', 'no picker at all']) {
    const p = pickCell({ ua: ANDROID_CHROME, error, mode: 'Share Screen' });
    assert.equal(p.cellId, 'chrome/android/unsupported-browser/screen-share', error);
    assert.ok(p.reasons.some((r) => /mobile browsers have no getDisplayMedia/.test(r)), p.reasons.join('\n'));
    assert.deepEqual(p.alternatives, []);
  }
  // The same phone recording audio is an ordinary permission cell.
  assert.equal(pickCell({ ua: ANDROID_CHROME, error: 'NotAllowedError: Permission denied', mode: 'Record Audio, No Video' }).cellId, 'chrome/android/denied/audio-only');
});

test('Safari 13 or older maps to the unsupported-browser cell and keeps the note; a current Safari does not', () => {
  const old = pickCell({ ua: SAFARI_12, error: 'NotAllowedError: Permission denied', mode: 'Share Screen' });
  assert.equal(old.cellId, 'safari/macos/unsupported-browser/screen-share');
  assert.ok(old.notes.some((n) => /Safari 12 is unsupported per the articles/.test(n)));
  assert.ok(old.reasons.some((r) => /Safari 12\.1\.2 is a browser version the articles rule out/.test(r)), old.reasons.join('\n'));
  const current = pickCell({ ua: SAFARI_17, error: 'NotAllowedError: The request is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.', mode: 'Record Audio, No Video' });
  assert.equal(current.cellId, 'safari/macos/denied/audio-only');
  // A current Safari with a text no engine gives is still an error, not quietly the unsupported cell.
  assert.throws(() => pickCell({ ua: SAFARI_17, error: 'Oops', mode: 'Record Audio, No Video' }), /matches no known browser message/);
});

