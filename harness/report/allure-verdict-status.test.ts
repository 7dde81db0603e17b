import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { alignAllureStatusWithVerdict } from './allure-verdict-status.ts';

test("each result's Allure status becomes its verdict's; results without a verdict label are left alone", () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-allure-status-'));
  const cases: Array<[string, string | undefined, string]> = [
    ['a', 'broken', 'failed'], // Playwright Test: a state not reached thrown as an error
    ['b', 'environment', 'failed'], // a browser that crashed under the cell
    ['c', 'failed', 'broken'], // WebdriverIO: an app failure reported as broken
    ['d', 'failed', 'failed'],
    ['e', 'passed', 'passed'],
    ['f', undefined, 'failed'], // not a cell of the harness (no verdict label)
  ];
  for (const [id, verdict, status] of cases) {
    writeFileSync(join(dir, `${id}-result.json`), JSON.stringify({ name: id, status, labels: verdict ? [{ name: 'verdict', value: verdict }] : [] }));
  }
  assert.equal(alignAllureStatusWithVerdict(dir), 3);
  const statusOf = (id: string) => (JSON.parse(readFileSync(join(dir, `${id}-result.json`), 'utf8')) as { status: string }).status;
  assert.deepEqual(['a', 'b', 'c', 'd', 'e', 'f'].map(statusOf), ['broken', 'broken', 'failed', 'failed', 'passed', 'failed']);
});
