// Merging refuses every way the pieces can fail to add up, and names the folder at fault.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellPlan } from '../contract/cell-plan.ts';
import { UsageError } from '../util/errors.ts';
import { mergeRunPlans, type JobPlan } from './merge-plans.ts';
import type { RunPlan } from './run-plan.ts';

const plan = (id: string, runner = 'r'): CellPlan => ({
  cell: { id, browser: 'chrome', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'e' },
  runner,
  condition: { state: 'denied', fidelity: 'native', mechanism: 'm', launch: {}, placement: {}, expected: { kind: 'success' } },
});
const options = { headed: false, underCli: true, cellResultsDir: 'c', allureResultsDir: 'a' };
const job = (dir: string, ids: string[], shard?: { index: number; total: number; of: number }, extra: Partial<RunPlan> = {}): JobPlan => ({
  dir,
  plan: { targetProfile: '/t.json', query: {}, options, plans: ids.map((id) => plan(id)), ...(shard ? { shard } : {}), ...extra },
});
const refused = (jobs: JobPlan[], words: RegExp) => assert.throws(() => mergeRunPlans(jobs), (e: Error) => e instanceof UsageError && words.test(e.message), String(words));

test('every shard of one selection merges into the whole selection', () => {
  const m = mergeRunPlans([job('s2', ['c'], { index: 2, total: 2, of: 3 }), job('s1', ['a', 'b'], { index: 1, total: 2, of: 3 })]);
  assert.deepEqual(m.plans.map((p) => p.cell.id).sort(), ['a', 'b', 'c']);
  assert.equal(m.description, '2 shard(s) of 3 run(s)');
});

test('whole runs of other runners merge; the same run twice does not', () => {
  assert.equal(mergeRunPlans([job('x', ['a']), { dir: 'y', plan: { ...job('y', []).plan, plans: [plan('a', 'other')] } }]).plans.length, 2);
  refused([job('x', ['a']), job('y', ['a'])], /^merge: a \(r\) ran in both x and y: the runs overlap$/);
});

test('a missing, repeated or foreign shard is refused', () => {
  refused([job('s1', ['a'], { index: 1, total: 3, of: 3 }), job('s3', ['c'], { index: 3, total: 3, of: 3 })], /^merge: shard\(s\) 2\/3 missing/);
  refused([job('s1', ['a'], { index: 1, total: 2, of: 2 }), job('t1', ['b'], { index: 1, total: 2, of: 2 })], /^merge: shard 1\/2 is given twice \(s1 and t1\)$/);
  refused([job('s1', ['a'], { index: 1, total: 2, of: 2 }), job('t2', ['b'], { index: 2, total: 3, of: 2 })], /^merge: t2 is shard 2\/3 of 2 run\(s\), s1 a shard of 2 of 2/);
  refused([job('s1', ['a'], { index: 1, total: 2, of: 2 }), job('w', ['b'])], /^merge: w is not a shard but s1 is/);
  refused([job('s1', ['a'], { index: 1, total: 2, of: 3 }), job('s2', ['b'], { index: 2, total: 2, of: 3 })], /the shards hold 2 run\(s\), the selection 3/);
});

test('runs against another target or app query are refused; nothing to merge is a usage error', () => {
  refused([job('x', ['a']), job('y', ['b'], undefined, { targetProfile: '/other.json' })], /^merge: y ran against \/other\.json, x against \/t\.json/);
  refused([job('x', ['a']), job('y', ['b'], undefined, { query: { defect: 'd' } })], /^merge: y ran with query \{"defect":"d"\}/);
  refused([], /^merge expects the output folders/);
});
