// The terminal summary from cell results alone: one grid per browser/os and runner, marks by verdict
// and fidelity, failures and skip reasons listed, and the closing line counting each kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STATES } from '../../scenarios/axes.ts';
import type { CellResult } from '../contract/cell-result.ts';
import { glanceChar, glanceGrid, summaryTable, terminalColor } from './summary-table.ts';

const result = (id: string, status: CellResult['status'], fidelity: CellResult['fidelity'], extra: Partial<CellResult> = {}): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'eng' }, runner: 'run', fidelity, mechanism: 'm', status,
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '', durationMs: 1, ...extra,
  };
};

test('grid marks, failures, skip reasons and the closing line', () => {
  const out = summaryTable([
    result('chrome/linux/denied/audio-only', 'passed', 'native'),
    result('chrome/linux/dismissed/audio-only', 'passed', 'emulated'),
    result('chrome/linux/denied/audio-video', 'failed', 'native', { failures: ["missing step 'a' (why)"] }),
    result('chrome/linux/no-device/audio-only', 'broken', 'native', { failures: ['precondition failed: x'] }),
    result('chrome/macos/denied/screen-share', 'skipped', 'unavailable', { skipReason: 'no browser here' }),
  ]);
  const lines = out.split('\n');
  const grid = lines.slice(lines.indexOf('chrome/linux (eng via run)'), lines.indexOf('chrome/linux (eng via run)') + 5);
  assert.match(grid[2]!, /^ {2}denied\s+✓N\s+·\s+✗N\s+·\s*$/);
  assert.match(grid[3]!, /^ {2}dismissed\s+✓E\s+·\s+·\s+·\s*$/);
  assert.match(grid[4]!, /^ {2}no-device\s+!N\s+/);
  assert.ok(lines.includes('chrome/macos (eng via run)'));
  assert.ok(lines.includes("    - missing step 'a' (why)"));
  assert.ok(lines.includes('  1 × no browser here'));
  assert.equal(lines.at(-1), '2 passed, 1 failed, 1 broken, 1 skipped');
  assert.ok(lines.includes('fidelity: 3 native, 1 emulated, 1 unavailable'));
});

test('the matrix at a glance: a line per mode and browser/os, a character per state, upper case native', () => {
  const results = [
    result('chrome/linux/granted/audio-only', 'passed', 'native'),
    result('chrome/linux/denied/audio-only', 'failed', 'native'),
    result('chrome/linux/dismissed/audio-only', 'passed', 'emulated'),
    result('chrome/linux/denied-by-system/audio-only', 'broken', 'emulated'),
    result('firefox/linux/denied/screen-share', 'skipped', 'unavailable'),
  ];
  const lines = glanceGrid(results);
  // One column per state of scenarios/axes.ts (the tenth is numbered 0): the grid grows with the table.
  const rest = (n: number) => '·'.repeat(STATES.length - n);
  assert.match(lines[1]!, /^at a glance \(a character per state: 1 granted, 2 denied, 3 dismissed, 4 denied-by-system/);
  assert.equal(lines[2], ' '.repeat(17) + STATES.map((_, i) => String((i + 1) % 10)).join(''));
  assert.equal(lines[3], 'audio-only');
  assert.equal(lines[4], `  chrome/linux   PFpb${rest(4)}  eng via run`);
  assert.equal(lines[5], 'screen-share');
  assert.equal(lines[6], `  firefox/linux  ·-${rest(2)}  eng via run`);
  assert.match(lines.at(-1)!, /^legend: P pass {2}F fail/);
  // In the whole summary, plain unless asked; the closing line stays last.
  const plain = summaryTable(results);
  assert.ok(plain.includes(`  chrome/linux   PFpb${rest(4)}  eng via run`));
  assert.ok(!plain.includes('\u001b['));
  assert.equal(plain.split('\n').at(-1), '2 passed, 1 failed, 1 broken, 1 skipped');
  const coloured = summaryTable(results, { color: true });
  assert.ok(coloured.includes('\u001b[32mP\u001b[0m\u001b[31mF\u001b[0m\u001b[32mp\u001b[0m\u001b[33mb\u001b[0m'));
  assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), plain);
});

test('colour only on a terminal without NO_COLOR', () => {
  assert.equal(terminalColor({ isTTY: true }, {}), true);
  assert.equal(terminalColor({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(terminalColor({ isTTY: false }, {}), false);
  assert.equal(terminalColor({}, {}), false);
  assert.equal(glanceChar(undefined, true), '·');
});

test('a recovery cell gets its own row under its first state, never the plain cell\'s slot, and stays out of the per-state glance', () => {
  const seq = (id: string, status: CellResult['status']) => {
    const r = result(id.replace('..granted', ''), status, 'native');
    return { ...r, id, cell: { ...r.cell, id, sequence: { action: 'allow-and-reload' as const, to: 'granted' as const } } };
  };
  const results = [result('chrome/linux/denied/audio-only', 'passed', 'native'), seq('chrome/linux/denied..granted/audio-only', 'failed')];
  const lines = summaryTable(results).split('\n');
  const at = lines.indexOf('chrome/linux (eng via run)');
  assert.match(lines[at + 2]!, /^ {2}denied\s+✓N\s/);
  assert.match(lines[at + 3]!, /^ {2}denied\.\.granted\s+✗N\s/);
  assert.ok(glanceGrid(results).some((l) => /chrome\/linux\s+·P·/.test(l)), 'the glance shows the plain cell only');
});
