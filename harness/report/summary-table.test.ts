// The terminal summary from cell results alone: one grid per browser/os and runner, marks by verdict
// and fidelity, failures and skip reasons listed, and the closing line counting each kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { summaryTable } from './summary-table.ts';

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
