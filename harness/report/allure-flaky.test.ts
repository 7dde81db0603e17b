import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { markFlakyInAllure } from './allure-flaky.ts';
import { summaryTable } from './summary-table.ts';

const result = (over: Partial<CellResult>): CellResult =>
  ({ id: 'chrome/linux/denied/audio-only', cell: { id: 'chrome/linux/denied/audio-only', browser: 'chrome', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'chromium' }, runner: 'playwright', fidelity: 'native', mechanism: 'm', status: 'passed', failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '1', durationMs: 1, ...over }) as CellResult;

test('the passing attempt of a flaky cell is marked flaky for Allure; the failed attempt and other cells are left alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-flaky-'));
  const write = (name: string, body: object) => writeFileSync(join(dir, `${name}-result.json`), JSON.stringify(body));
  write('a', { name: 'chrome/linux/denied/audio-only @chromium', status: 'failed', stop: 1 });
  write('b', { name: 'chrome/linux/denied/audio-only @chromium', status: 'passed', stop: 2 });
  write('c', { name: 'chrome/linux/granted/audio-only @chromium', status: 'passed', stop: 3 });
  const marked = markFlakyInAllure(dir, [result({ flaky: true, earlierAttempts: ['failed'] }), result({ id: 'chrome/linux/granted/audio-only' })]);
  assert.equal(marked, 1);
  const read = (n: string) => JSON.parse(readFileSync(join(dir, `${n}-result.json`), 'utf8'));
  assert.equal(read('b').statusDetails.flaky, true);
  assert.equal(read('a').statusDetails, undefined);
  assert.equal(read('c').statusDetails, undefined);
});

test('the summary shows a retried pass as flaky, with its attempts, never as a plain pass', () => {
  const text = summaryTable([result({ flaky: true, earlierAttempts: ['broken'] })]);
  assert.match(text, /flaky \(passed on a retry\):\n  chrome\/linux\/denied\/audio-only \[native, playwright\]: broken → passed/);
  assert.match(text, /1 passed \(1 flaky\), 0 failed, 0 broken, 0 skipped/);
});
