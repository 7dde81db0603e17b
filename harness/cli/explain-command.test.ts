// `explain` reads a cell's expectation back from the playbook, and judges a past run's steps with the
// verdict's own checks: a run that showed the macOS steps before the browser's fails `first` and `order`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

process.env.PH_REPORTS_DIR = mkdtempSync(join(tmpdir(), 'ph-explain-'));
const { explainCommand } = await import('./explain-command.ts');
const { writeCellResult } = await import('../report/cell-results.ts');
const { REPORTS } = await import('../host/project-paths.ts');
const { UsageError } = await import('../util/errors.ts');

const CELL = 'chrome/macos/denied/audio-only';

function explain(id: string, flags: Parameters<typeof explainCommand>[1] = {}): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (s: string) => lines.push(s);
  try {
    explainCommand([id], flags);
  } finally {
    console.log = log;
  }
  return lines.join('\n');
}

test('explain names the rules that apply with their why, the merged steps, and that the cell has not run', () => {
  const out = explain(CELL);
  assert.match(out, /^chrome\/macos\/denied\/audio-only {2}\(target "bundled recording app"\)$/m);
  assert.match(out, /the page must receive: NotAllowedError: "Permission denied"/);
  assert.match(out, /^ {2}rules\[4\] when state denied\|dismissed, mode .*: first browser-permissions; order browser-permissions < os-privacy-\*/m);
  assert.match(out, /^ {4}why: article: a browser-level denial is fixed in the browser's site settings first/m);
  assert.match(out, /^ {2}first {4}browser-permissions$/m);
  assert.match(out, /^ {2}absent {3}\*\.camera$/m);
  assert.match(out, /last run via playwright: none in /);
});

test("after a run, the shown steps are judged against today's playbook with the verdict's checks", () => {
  const shown = ['os-privacy-macos', 'os-privacy-macos.microphone', 'browser-permissions', 'browser-permissions.microphone', 'device-selection', 'device-selection.microphone', 'test-another-browser-app', 'try-supported-browser'];
  writeCellResult(REPORTS.cellResults, {
    id: CELL, cell: { id: CELL, browser: 'chrome', os: 'macos', state: 'denied', mode: 'audio-only', engine: 'chromium' }, runner: 'playwright', fidelity: 'native', mechanism: 'm',
    status: 'failed', failures: ['first step is wrong'], checks: [], observed: 'NotAllowedError: "Permission denied"', errorText: 'NotAllowedError: Permission denied',
    steps: shown.map((id) => ({ id, text: id })), browserVersion: 'Chromium 1', durationMs: 1,
  });
  const out = explain(CELL);
  assert.match(out, /last run via playwright: failed — first step is wrong/);
  assert.match(out, /steps shown: 1\. os-privacy-macos {2}2\. os-privacy-macos\.microphone/);
  assert.match(out, /^ {2}✗ first step is 'os-privacy-macos', expected 'browser-permissions'/m);
  assert.match(out, /^ {2}✗ steps out of order: 'browser-permissions' must come before 'os-privacy-\*'/m);
  assert.match(out, /^ {2}✓ 21 of 23 step check\(s\) hold: /m);
});

test('explain takes exactly one cell', () => {
  assert.throws(() => explainCommand([], {}), (e: Error) => e instanceof UsageError && /explain expects one cell id/.test(e.message));
  assert.throws(() => explainCommand(['chrome/*/denied/*'], {}), (e: Error) => e instanceof UsageError && /selects 18 \(/.test(e.message));
});

test('with a snapshot, explain says the cell is checked against it and judges the last run against the recording', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-explain-snapshot-'));
  const app = new URL('../../fixtures/recording-app/', import.meta.url).pathname;
  const bundled = JSON.parse(readFileSync(join(app, 'profile.json'), 'utf8')) as Record<string, unknown>;
  delete bundled.$schema;
  delete bundled.knownIssues;
  writeFileSync(join(dir, 'empty.json'), '{}');
  writeFileSync(join(dir, 'profile.json'), JSON.stringify({ ...bundled, serve: app, playbook: 'empty.json', snapshot: 'snap.json' }));
  const target = join(dir, 'profile.json');
  assert.match(explain(CELL, { target }), /^checked against: snapshot \(snapshot .*snap\.json: not recorded yet: permission-harness record chrome\/macos\/denied\/audio-only\)$/m);
  // The result written by the test above showed steps whose texts are their ids.
  writeFileSync(join(dir, 'snap.json'), JSON.stringify({ cells: { [CELL]: { errorText: 'NotAllowedError: Permission denied', steps: [{ text: 'browser-permissions' }, { text: 'os-privacy-macos' }] } } }));
  const out = explain(CELL, { target });
  assert.match(out, /^checked against: snapshot \(snapshot .*snap\.json: error text "NotAllowedError: Permission denied", 2 step\(s\)\)$/m);
  assert.match(out, /^ {2}✗ snapshot: step "browser-permissions" moved from 1 to 3$/m);
  assert.match(out, /^ {2}✗ snapshot: step 2 "os-privacy-macos\.microphone" is shown but was not recorded/m);
});
