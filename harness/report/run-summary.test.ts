// reports/summary.json: written from cell results, read back and validated against the exported schema.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import { RunSummary } from '../contract/run-summary.ts';
import { writeReleaseGlance } from './release-glance.ts';

const result = (id: string, status: CellResult['status'], fidelity: CellResult['fidelity'], extra: Partial<CellResult> = {}): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'chrome' as never }, runner: 'run', fidelity, mechanism: 'mech', status,
    failures: [], checks: [], observed: '', errorText: '', steps: [], browserVersion: '1.0', durationMs: 12, ...extra,
  };
};

test('summary.json: counts, per-cell verdict, fidelity, mechanism, duration, exception; valid against the schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-summary-'));
  const paths = { matrix: join(dir, 'matrix.html'), summary: join(dir, 'summary.json'), verdictHistory: join(dir, 'history', 'v.json') };
  const results = [
    result('chrome/linux/denied/audio-only', 'passed', 'native', { exception: { name: 'NotAllowedError', message: 'Permission denied' }, observed: 'NotAllowedError: "Permission denied"' }),
    result('chrome/linux/dismissed/audio-only', 'failed', 'emulated', { failures: ['x'] }),
    result('chrome/macos/denied/screen-share', 'skipped', 'unavailable', { skipReason: 'why' }),
  ];
  writeReleaseGlance({ results, scope: { target: 't', query: { defect: 'd' } }, missing: [{ id: 'chrome/linux/granted/audio-only', runner: 'run' }], paths });
  const summary = RunSummary.parse(JSON.parse(readFileSync(paths.summary, 'utf8')));
  assert.deepEqual(summary.counts, { passed: 1, failed: 1, broken: 0, known: 0, skipped: 1, missing: 1, total: 4 });
  assert.deepEqual(summary.fidelity, { native: 1, emulated: 1, unavailable: 1 });
  const denied = summary.cells.find((c) => c.id === 'chrome/linux/denied/audio-only')!;
  assert.equal(denied.verdict, 'passed');
  assert.equal(denied.mechanism, 'mech');
  assert.equal(denied.durationMs, 12);
  assert.deepEqual(denied.exception, { name: 'NotAllowedError', message: 'Permission denied' });
  assert.equal(denied.historyKey, 't|chrome/linux/denied/audio-only?defect=d');
  // No Allure report: the link is the cell's own result file.
  assert.equal(denied.link, 'cell-results/run/chrome__linux__denied__audio-only.json');
  assert.equal(summary.cells.find((c) => c.verdict === 'skipped')?.skipReason, 'why');
  assert.match(readFileSync(paths.matrix, 'utf8'), /^<!doctype html>/);
  // The second run compares with the first.
  writeReleaseGlance({ results: [{ ...results[0]!, status: 'failed' }], scope: { target: 't', query: { defect: 'd' } }, missing: [], paths });
  assert.match(readFileSync(paths.matrix, 'utf8'), /data-change="changed"/);
  assert.throws(() => RunSummary.parse({ ...summary, counts: { ...summary.counts, passed: -1 } }));
  assert.equal(summary.drift, undefined);
  // With a baseline to compare with, the drift is in the summary too.
  const change = { kind: 'message' as const, engine: 'chrome', cell: 'x#run', before: 'a', after: 'b', fails: true };
  writeReleaseGlance({ results, scope: { target: 't', query: {} }, missing: [], paths, drift: { against: 'base.json', changes: [change] } });
  assert.deepEqual(RunSummary.parse(JSON.parse(readFileSync(paths.summary, 'utf8'))).drift, { against: 'base.json', changes: [change], changedMessages: 1 });
});

test('summary.json keeps the engines’ run notes (a sandbox off as root is said, not hidden), and runs of one cell apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-summary-'));
  const paths = { matrix: join(dir, 'matrix.html'), summary: join(dir, 'summary.json'), verdictHistory: join(dir, 'history', 'v.json') };
  const results = [
    result('chrome/linux/denied/audio-only', 'passed', 'native', { query: { defect: 'a' } }),
    result('chrome/linux/denied/audio-only', 'failed', 'native', { query: { defect: 'b' }, failures: ['x'] }),
  ];
  writeReleaseGlance({ results, scope: { target: 't', query: {} }, missing: [], paths, notes: ['Chromium runs with --no-sandbox: the run is root'] });
  const summary = RunSummary.parse(JSON.parse(readFileSync(paths.summary, 'utf8')));
  assert.deepEqual(summary.notes, ['Chromium runs with --no-sandbox: the run is root']);
  assert.equal(summary.cells.length, 2);
  assert.deepEqual(summary.counts.passed + summary.counts.failed, 2);
});
