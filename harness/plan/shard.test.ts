// Shards are disjoint and complete for every suite of the real matrix, the same whatever order the
// selection came in, balanced, and a bad --shard or timing file is a one-line error.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadTarget } from '../app-profile/load-profile.ts';
import { planRunKey, type CellPlan } from '../contract/cell-plan.ts';
import { defaultTargetPath } from '../host/project-paths.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { UsageError } from '../util/errors.ts';
import { launchGroupKey } from './launch-groups.ts';
import { planCells } from './plan-cells.ts';
import { parseShard, readCellTimings, shardPlans, type CellTimings } from './shard.ts';

const spec = loadMatrix();
const target = loadTarget(defaultTargetPath());
const keyOf = (p: CellPlan) => `${p.runner}|${planRunKey(p)}`;
const suitePlans = (suite: string) => planCells(selectCells(spec, { suite }), target);

for (const suite of Object.keys(spec.suites)) {
  test(`suite ${suite}: for n = 1…7 the shards are disjoint and their union is the selection`, () => {
    const plans = suitePlans(suite);
    const all = plans.map(keyOf).sort();
    for (let n = 1; n <= 7; n++) {
      const pieces = Array.from({ length: n }, (_, i) => shardPlans(plans, { index: i + 1, total: n }).map(keyOf));
      const union = pieces.flat();
      assert.equal(new Set(union).size, union.length, `${suite} ${n} shards: a cell is in two shards`);
      assert.deepEqual([...union].sort(), all, `${suite} ${n} shards: the union is not the selection`);
    }
  });
}

test('the same selection in another order gives the same shards', () => {
  const plans = suitePlans('release');
  const reversed = [...plans].reverse();
  for (let i = 1; i <= 4; i++) assert.deepEqual(shardPlans(reversed, { index: i, total: 4 }).map(keyOf), shardPlans(plans, { index: i, total: 4 }).map(keyOf));
});

test('shards of the release suite carry about the same number of runnable cells, and cut few launch groups', () => {
  const plans = suitePlans('release');
  const runnable = plans.filter((p) => !p.unavailable).length;
  const pieces = [1, 2, 3, 4].map((i) => shardPlans(plans, { index: i, total: 4 }));
  for (const piece of pieces) assert.ok(Math.abs(piece.filter((p) => !p.unavailable).length - runnable / 4) <= 2, `a shard has ${piece.filter((p) => !p.unavailable).length} of ${runnable} runnable cells`);
  const groupsPerShard = pieces.map((piece) => new Set(piece.map(launchGroupKey)));
  const split = [...new Set(plans.map(launchGroupKey))].filter((g) => groupsPerShard.filter((s) => s.has(g)).length > 1);
  assert.ok(split.length <= 3, `${split.length} launch groups are cut across shards (at most n-1 = 3)`);
});

test('with a timing file, shards balance on duration, within one cell of each other', () => {
  const plans = suitePlans('release').filter((p) => !p.unavailable);
  // The Playwright cells take ten times as long as the rest: counting cells would balance badly.
  const timings: CellTimings = new Map(plans.map((p) => [p.cell.id, p.runner === 'playwright' ? 2000 : 200]));
  const duration = (piece: CellPlan[]) => piece.reduce((sum, p) => sum + timings.get(p.cell.id)!, 0);
  const spread = (pieces: CellPlan[][]) => Math.max(...pieces.map(duration)) - Math.min(...pieces.map(duration));
  const timed = [1, 2, 3].map((i) => shardPlans(plans, { index: i, total: 3 }, timings));
  const counted = [1, 2, 3].map((i) => shardPlans(plans, { index: i, total: 3 }));
  assert.ok(spread(timed) <= 2 * 2000, `timed shards differ by ${spread(timed)} ms`);
  assert.ok(spread(counted) > spread(timed), `counted shards differ by ${spread(counted)} ms, timed by ${spread(timed)} ms`);
});

test('a timing file is a previous summary.json: mean duration per cell id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-timings-'));
  const file = join(dir, 'summary.json');
  writeFileSync(file, JSON.stringify({ cells: [{ id: 'a', durationMs: 100 }, { id: 'a', durationMs: 300 }, { id: 'b', durationMs: 50 }] }));
  assert.deepEqual([...readCellTimings(file)], [['a', 200], ['b', 50]]);
  assert.throws(() => readCellTimings(join(dir, 'none.json')), (e: Error) => e instanceof UsageError && /none\.json: no such file/.test(e.message));
  writeFileSync(file, '{"counts":{}}');
  assert.throws(() => readCellTimings(file), /expected a run summary \(summary\.json\) with a "cells" list/);
});

test('--shard accepts i/n with 1 ≤ i ≤ n, anything else is a usage error naming the form', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, total: 4 });
  assert.equal(parseShard(undefined), undefined);
  for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/3/2', '-1/3']) {
    assert.throws(() => parseShard(bad), (e: Error) => e instanceof UsageError && e.message === `--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${bad}"`, bad);
  }
});
