// The five sample tickets kept in tests/tickets pick the expected cells, with the reasons said.
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
    () => pickCell({ ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', error: 'NotAllowedError: Permission denied by user', mode: 'Share Screen' }),
    /no cell can reproduce/,
  );
});
