// A cell's Allure history identity: the target, the cell id and the query make the key; browser
// version, fidelity and mechanism are shown but excluded; the name carries no fidelity.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { getTestResultHistoryId } from 'allure-js-commons/sdk/reporter';
import type { CellPlan } from '../contract/cell-plan.ts';
import { cellMetadata } from './cell-labels.ts';
import { cellTitle, fidelityTag, parseCellTitle } from './cell-title.ts';
import { historyKey } from './history-identity.ts';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

const plan = (fidelity: 'native' | 'emulated', mechanism: string): CellPlan => ({
  cell: { id: 'chrome/linux/denied/audio-only', browser: 'chrome', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'eng' },
  runner: 'run',
  condition: {
    state: 'denied', fidelity, mechanism, launch: {}, placement: {},
    expected: { kind: 'exception', name: 'NotAllowedError', message: 'Permission denied', source: 'test' },
  },
} as CellPlan);

const app = { target: 'bundled recording app', query: {} };

/** The key Allure 3 computes (md5 of the testCaseId, then the sorted non-excluded parameters). */
function allure3Key(m: ReturnType<typeof cellMetadata>, extra: Array<[string, string, { excluded?: boolean }?]> = []): string {
  const kept = [...m.parameters!, ...extra].filter(([, , o]) => !o?.excluded).map(([name, value]) => ({ name, value }));
  kept.sort((a, b) => a.name.localeCompare(b.name) || a.value.localeCompare(b.value));
  return `${md5(m.testCaseId!)}.${md5(kept.map((p) => `${p.name}:${p.value}`).join(','))}`;
}

test('fidelity, mechanism and browser version do not change the history key', () => {
  const a = cellMetadata(plan('emulated', 'page rejection'), 'run', app);
  const b = cellMetadata(plan('native', 'CDP setPermission'), 'run', app);
  assert.equal(a.testCaseId, b.testCaseId);
  assert.equal(a.historyId, b.historyId);
  assert.equal(allure3Key(a, [['browser version', '155', { excluded: true }]]), allure3Key(b, [['browser version', '156', { excluded: true }]]));
  // They are still shown, marked excluded.
  for (const name of ['fidelity', 'mechanism']) assert.deepEqual(a.parameters!.find((p) => p[0] === name)?.[2], { excluded: true });
  assert.equal(a.parameters!.find((p) => p[0] === 'state')?.[2], undefined);
});

test('target and query are part of the key; query order is not', () => {
  const base = cellMetadata(plan('native', 'm'), 'run', app);
  const other = cellMetadata(plan('native', 'm'), 'run', { target: 'meeting app', query: {} });
  const defect = cellMetadata(plan('native', 'm'), 'run', { ...app, query: { defect: 'swallow-error' } });
  assert.notEqual(base.testCaseId, other.testCaseId);
  assert.notEqual(base.testCaseId, defect.testCaseId);
  assert.notEqual(base.historyId, defect.historyId);
  assert.equal(historyKey({ target: 't', query: { b: '2', a: '1' } }, 'x'), 't|x?a=1&b=2');
  assert.equal(historyKey(app, 'chrome/linux/denied/audio-only'), 'bundled recording app|chrome/linux/denied/audio-only');
  assert.equal(base.testCaseId, md5('bundled recording app|chrome/linux/denied/audio-only'));
});

test('the runner stays in the key: the same cell on two runners is two histories, not retries', () => {
  assert.notEqual(cellMetadata(plan('native', 'm'), 'playwright', app).historyId, cellMetadata(plan('native', 'm'), 'webdriverio', app).historyId);
});

test("historyId agrees with allure-js-commons' own computation", () => {
  const m = cellMetadata(plan('native', 'm'), 'run', app);
  const parameters = m.parameters!.map(([name, value, o]) => ({ name, value, ...(o?.excluded ? { excluded: true } : {}) }));
  assert.equal(m.historyId, getTestResultHistoryId({ testCaseId: m.testCaseId, parameters } as Parameters<typeof getTestResultHistoryId>[0]));
});

test('the name carries no fidelity; the tag does', () => {
  assert.equal(cellTitle(plan('native', 'm')), cellTitle(plan('emulated', 'm')));
  assert.equal(cellTitle(plan('native', 'm')), 'chrome/linux/denied/audio-only @eng');
  assert.equal(fidelityTag(plan('emulated', 'm')), '@emulated');
  assert.deepEqual(parseCellTitle('chrome/linux/denied/audio-only @eng', ['@emulated']), { id: 'chrome/linux/denied/audio-only', fidelity: 'emulated' });
});

test("allure-playwright's Project parameter is excluded before the report, so both ways of running share history", async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { excludeRunnerParameters } = await import('./allure-generate.ts');
  const dir = mkdtempSync(join(tmpdir(), 'ph-allure-'));
  writeFileSync(join(dir, 'a-result.json'), JSON.stringify({ uuid: 'a', parameters: [{ name: 'Project', value: 'x' }, { name: 'state', value: 's' }] }));
  writeFileSync(join(dir, 'b-result.json'), JSON.stringify({ uuid: 'b', parameters: [{ name: 'state', value: 's' }] }));
  assert.equal(excludeRunnerParameters(dir), 1);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'a-result.json'), 'utf8')).parameters, [{ name: 'Project', value: 'x', excluded: true }, { name: 'state', value: 's' }]);
  assert.equal(excludeRunnerParameters(dir), 0);
});
