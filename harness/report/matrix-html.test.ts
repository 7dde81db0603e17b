// The matrix page from cell results alone: a table per mode with real headers, each cell's verdict
// as colour class and symbol, its fidelity as a letter, the exception in a title and a focusable
// element, the link, and the marker for what changed since the cell last ran.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { matrixHtml } from './matrix-html.ts';
import { resultKey } from './run-summary.ts';
import { mergeHistory } from './verdict-history.ts';

const result = (id: string, status: CellResult['status'], fidelity: CellResult['fidelity'], extra: Partial<CellResult> = {}): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'eng' }, runner: 'run', fidelity, mechanism: 'm', status,
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '', durationMs: 1, ...extra,
  };
};
const scope = { target: 'app <one>', query: {} };
const denied = result('chrome/linux/denied/audio-only', 'passed', 'native', { exception: { name: 'NotAllowedError', message: 'Permission "denied"' } });
const dismissed = result('chrome/linux/dismissed/audio-only', 'failed', 'emulated', { failures: ["missing step 'a'"], exception: { name: 'NotAllowedError', message: 'Permission dismissed' } });
const busy = result('chrome/linux/device-busy/screen-share', 'broken', 'native', { observed: 'getDisplayMedia succeeded' });
const skipped = result('firefox/linux/denied/audio-only', 'skipped', 'unavailable', { skipReason: 'no firefox here' });
const results = [denied, dismissed, busy, skipped];

const cellTd = (html: string, id: string) => html.match(new RegExp(`<td [^>]*data-cell="${id}"[^>]*>[\\s\\S]*?</td>`))?.[0] ?? '';

test('one table per mode with a caption and scoped headers', () => {
  const html = matrixHtml({ results, scope });
  assert.equal(html.match(/<table /g)?.length, 2);
  assert.match(html, /<caption>Record Audio, No Video <span class="via">\(audio-only\)<\/span><\/caption>/);
  assert.match(html, /<th scope="col"[^>]*>denied<\/th>/);
  assert.match(html, /<th scope="row">chrome\/linux <span class="via">eng via run<\/span><\/th>/);
  assert.match(html, /<th scope="row">firefox\/linux /);
  assert.ok(!/<script|<link |src="http/.test(html), 'self-contained, no script');
  assert.match(html, /<span data-count="passed">1<\/span> passed, <span data-count="failed">1<\/span> failed, <span data-count="broken">1<\/span> broken, <span data-count="skipped">1<\/span> skipped/);
  assert.match(html, /app &lt;one&gt;/);
});

test('verdict by class and symbol, fidelity by letter, exception on hover and focus', () => {
  const links = new Map([[resultKey(denied), 'allure-report/index.html#/abc']]);
  const html = matrixHtml({ results, scope, links });
  const d = cellTd(html, denied.id);
  assert.match(d, /class="v-passed f-native"/);
  assert.match(d, /<a href="allure-report\/index.html#\/abc" class="cell" title="[^"]*NotAllowedError: Permission &quot;denied&quot;/);
  assert.match(d, /✓<abbr title="native">N<\/abbr>/);
  assert.match(d, /role="tooltip"[^>]*>[^<]*<br>observed: NotAllowedError: Permission &quot;denied&quot;/);
  const e = cellTd(html, dismissed.id);
  assert.match(e, /v-failed f-emulated/);
  assert.match(e, /✗<abbr title="emulated">E<\/abbr>/);
  assert.match(e, /missing step &#39;a&#39;/);
  // Without a link the cell is still focusable.
  assert.match(cellTd(html, busy.id), /<span tabindex="0" class="cell" title="[^"]*observed: getDisplayMedia succeeded/);
  assert.match(cellTd(html, skipped.id), /–<abbr title="unavailable">U<\/abbr>.*not run: no firefox here/);
  assert.match(html, /<td class="none">/);
});

test('changed since last run: verdict or fidelity differs; a cell first seen is new; no history, no marks', () => {
  const before = mergeHistory(undefined, scope, [{ ...denied, status: 'failed' }, dismissed], '2026-01-01T00:00:00Z');
  const html = matrixHtml({ results, scope, previous: before });
  assert.match(cellTd(html, denied.id), /data-change="changed"[\s\S]*title="changed since last run: was failed, native"/);
  assert.match(cellTd(html, dismissed.id), /data-change="same"/);
  assert.match(cellTd(html, busy.id), /data-change="new"/);
  assert.match(html, /<span data-count="changed">1<\/span> changed since last run/);
  // Another target or query is another history.
  assert.match(cellTd(matrixHtml({ results, scope: { ...scope, query: { defect: 'x' } }, previous: before }), denied.id), /data-change="new"/);
  const first = matrixHtml({ results, scope });
  assert.ok(!first.includes('class="chg'));
});

test('a known issue is marked K with its ticket, counted apart, and the gate says which rule failed', () => {
  const ticket = { cells: 'chrome/linux/*/audio-only', failure: 'missing', ticket: 'https://example.test/i/7', expires: '2030-01-01' };
  const gate = { passed: false, rules: [{ rule: 'minTestsCount', passed: false, message: '1 of 2 selected cell(s) left a result; no result from x [run]' }, { rule: 'unexpectedFailures', passed: true, message: 'ok' }] };
  const html = matrixHtml({ results, scope, known: new Map([[resultKey(dismissed), ticket]]), gate });
  const td = cellTd(html, 'chrome/linux/dismissed/audio-only');
  assert.match(td, /data-known="https:\/\/example\.test\/i\/7"/);
  assert.match(td, /<span class="known" aria-hidden="true">K<\/span>/);
  assert.match(td, /<span class="sr">failed \(the app\), emulated, known issue https:\/\/example\.test\/i\/7 \(expected until 2030-01-01\)<\/span>/);
  assert.match(html, /<span data-count="skipped">1<\/span> skipped \(<span data-count="known">1<\/span> known\)/);
  assert.match(html, /<p id="gate" class="gate g-failed" data-gate="failed">Quality gate failed<\/p>\n<ul class="gate-rules"><li data-rule="minTestsCount"><b>minTestsCount<\/b>: 1 of 2 selected/);
  assert.doesNotMatch(html, /data-rule="unexpectedFailures"/, 'only failed rules are listed');
  assert.doesNotMatch(cellTd(html, 'chrome/linux/denied/audio-only'), /data-known/);
});
