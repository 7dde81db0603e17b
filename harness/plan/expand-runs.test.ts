import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runKey, type CellPlan } from '../contract/cell-plan.ts';
import { applyRunKeyQueries, expandRuns, parseRunKeyArg } from './expand-runs.ts';

const plan = (id: string) => ({ cell: { id }, runner: 'playwright' }) as unknown as CellPlan;
const keys = (ps: CellPlan[]) => ps.map((p) => runKey({ id: p.cell.id, query: p.query, repeat: p.repeat }));

test('no expansion leaves the plans as they are', () => {
  assert.deepEqual(keys(expandRuns([plan('a'), plan('b')], {})), ['a', 'b']);
});

test('variants run every cell once per value, variant after variant (browsers stay warm within one)', () => {
  assert.deepEqual(keys(expandRuns([plan('a'), plan('b')], { variants: { key: 'defect', values: ['x', 'y'] } })), ['a?defect=x', 'b?defect=x', 'a?defect=y', 'b?defect=y']);
});

test('repeat-each numbers the runs of one cell from 1, and combines with variants', () => {
  assert.deepEqual(keys(expandRuns([plan('a')], { repeatEach: 3 })), ['a#1', 'a#2', 'a#3']);
  assert.deepEqual(keys(expandRuns([plan('a')], { variants: { key: 'd', values: ['x'] }, repeatEach: 2 })), ['a?d=x#1', 'a?d=x#2']);
});

test('a run key selects its cell and carries its query; the repeat number is dropped', () => {
  assert.deepEqual(parseRunKeyArg('chrome/linux/denied/audio-only?defect=wrong-order#2'), { pattern: 'chrome/linux/denied/audio-only', query: { defect: 'wrong-order' } });
  assert.deepEqual(parseRunKeyArg('chrome/*/denied/*'), { pattern: 'chrome/*/denied/*' });
});

test('one run per query a cell is selected with; a plain selection runs once, plain', () => {
  const args = [parseRunKeyArg('a?defect=x'), parseRunKeyArg('a?defect=y'), parseRunKeyArg('b')];
  assert.deepEqual(keys(applyRunKeyQueries([plan('a'), plan('b')], args, (p, id) => p === id)), ['a?defect=x', 'a?defect=y', 'b']);
});
