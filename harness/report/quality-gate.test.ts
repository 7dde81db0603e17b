// The CLI's quality gate: one rule per condition, each naming what failed; a known issue passes it,
// native or emulated alike; an expired entry, a missing result or an untested environment fails it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellResult } from '../contract/cell-result.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import { classifyKnownIssues } from './known-issues.ts';
import { evaluateGate, formatGate } from './quality-gate.ts';
import { summaryTable } from './summary-table.ts';

const result = (id: string, status: CellResult['status'], fidelity: CellResult['fidelity'], failures: string[] = []): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'eng' as never }, runner: 'pw', fidelity, mechanism: 'm', status,
    failures, checks: [], observed: '', errorText: '', steps: [], browserVersion: '1', durationMs: 1,
  };
};
const SWALLOWED = 'the app swallowed the error: the page received NotAllowedError: "Permission denied" but no error is shown';
const entry = (expires = '2030-01-31'): KnownIssue => ({ cells: 'chrome/linux/*/audio-video', failure: 'swallowed the error', ticket: 'https://example.test/i/42', expires });
const NOW = new Date('2030-01-15T00:00:00Z');

function gate(results: CellResult[], issues: KnownIssue[] = [], extra: { missing?: Array<{ id: string; runner: string }>; required?: string[] } = {}) {
  const known = classifyKnownIssues(issues, results, NOW);
  return { known, gate: evaluateGate({ results, known, selected: results.length + (extra.missing?.length ?? 0), missing: extra.missing ?? [], requiredEnvironments: extra.required ?? ['eng-pw'] }) };
}
const failed = (g: ReturnType<typeof evaluateGate>) => g.rules.filter((r) => !r.passed).map((r) => r.rule);

for (const fidelity of ['native', 'emulated'] as const) {
  test(`one ${fidelity} failing cell fails unexpectedFailures, naming the cell; listed as a known issue it passes, reported as known`, () => {
    const results = [result('chrome/linux/denied/audio-video', 'failed', fidelity, [SWALLOWED]), result('chrome/linux/granted/audio-video', 'passed', fidelity)];
    const plain = gate(results).gate;
    assert.equal(plain.passed, false);
    assert.deepEqual(failed(plain), ['unexpectedFailures']);
    const lines = formatGate(plain);
    assert.equal(lines.length, 2, 'a heading and one line per failed rule');
    assert.match(lines[1]!, new RegExp(`^  ✗ unexpectedFailures: 1 cell\\(s\\) failed or broken that no known issue expects: chrome/linux/denied/audio-video \\[eng-pw\\] failed \\(${fidelity}\\): the app swallowed`));
    const { gate: withKnown, known } = gate(results, [entry()]);
    assert.equal(withKnown.passed, true);
    assert.deepEqual(formatGate(withKnown), ['gate: passed (unexpectedFailures, minTestsCount, environmentsTested, knownIssuesCurrent, driftMessages)']);
    const table = summaryTable(results, { known: known.known });
    assert.match(table, /known issues \(fail as expected\):\n {2}chrome\/linux\/denied\/audio-video \[\w+, pw\] failed: https:\/\/example\.test\/i\/42 \(until 2030-01-31\)/);
    assert.match(table, /1 passed, 1 failed, 0 broken, 0 skipped \(1 known\)$/);
    assert.doesNotMatch(table, /^failures:/m, 'a known failure is not among the failures');
  });
}

test('an expired entry fails knownIssuesCurrent, and the failure it covered counts again', () => {
  const results = [result('chrome/linux/denied/audio-video', 'failed', 'native', [SWALLOWED])];
  const { gate: g } = gate(results, [entry('2030-01-14')]);
  assert.deepEqual(failed(g), ['unexpectedFailures', 'knownIssuesCurrent']);
  assert.match(g.rules.find((r) => r.rule === 'knownIssuesCurrent')!.message, /^1 known issue\(s\) expired: https:\/\/example\.test\/i\/42 \(chrome\/linux\/\*\/audio-video\) expired on 2030-01-14, covers chrome\/linux\/denied\/audio-video/);
});

test('a known issue covers its failure only: the same cell failing otherwise, or broken, still fails the gate', () => {
  const { gate: g } = gate([result('chrome/linux/denied/audio-video', 'broken', 'native', ['precondition failed: expected NotAllowedError'])], [entry()]);
  assert.deepEqual(failed(g), ['unexpectedFailures']);
  assert.deepEqual(g.rules[0]!.cells, ['chrome/linux/denied/audio-video [pw]']);
});

test('fewer results than selected fails minTestsCount, naming the cells; an environment with no cell run fails environmentsTested', () => {
  const results = [result('chrome/linux/denied/audio-only', 'passed', 'native'), result('chrome/linux/granted/audio-only', 'skipped', 'unavailable')];
  const { gate: g } = gate(results, [], { missing: [{ id: 'firefox/linux/denied/audio-only', runner: 'pw' }], required: ['eng-pw', 'other-pw'] });
  assert.deepEqual(failed(g), ['minTestsCount', 'environmentsTested']);
  assert.match(g.rules[1]!.message, /^2 of 3 selected cell\(s\) left a result; no result from firefox\/linux\/denied\/audio-only \[pw\]$/);
  assert.match(g.rules[2]!.message, /^environment\(s\) not tested: other-pw; expected all of: eng-pw, other-pw$/);
  // A skipped cell does not test its environment.
  assert.deepEqual(failed(gate([results[1]!]).gate), ['environmentsTested']);
});

test('skips alone do not fail the gate when their environment is not required (cannot run here)', () => {
  assert.equal(gate([result('safari/ios/denied/audio-only', 'skipped', 'unavailable')], [], { required: [] }).gate.passed, true);
});

test('a changed message against the drift baseline fails driftMessages until accepted', async () => {
  const { evaluateGate } = await import('./quality-gate.ts');
  const g = evaluateGate({ results: [], known: { known: new Map(), expired: [], unneeded: [] } as never, selected: 0, missing: [], requiredEnvironments: [], driftMessages: ['chrome/linux/denied/audio-only (chromium): "NotAllowedError: Permission denied" → "NotAllowedError: Denied"'] });
  const rule = g.rules.find((r) => r.rule === 'driftMessages')!;
  assert.equal(g.passed, false);
  assert.match(rule.message, /^1 state\(s\) answered with another message than the baseline: chrome\/linux\/denied\/audio-only \(chromium\): .* `permission-harness drift --accept`$/);
  assert.equal(evaluateGate({ results: [], known: { known: new Map(), expired: [], unneeded: [] } as never, selected: 0, missing: [], requiredEnvironments: [] }).passed, true);
});
