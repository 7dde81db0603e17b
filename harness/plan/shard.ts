// `--shard i/n`: the i-th of n disjoint pieces of a selection, whose union is the selection, the same
// on every machine. Each shard job plans the whole selection, puts it in launch-group order (so a
// shard's cells share browsers: at most n-1 groups are cut in two), and takes its contiguous piece of
// equal weight. A cell's weight is 1, or its duration from a timing file given to every shard job
// (a previous run's summary.json), never from what one machine happens to remember.
import { readFileSync } from 'node:fs';
import { planRunKey, type CellPlan } from '../contract/cell-plan.ts';
import { UsageError } from '../util/errors.ts';
import { orderByLaunchGroup } from './launch-groups.ts';

export interface Shard {
  /** From 1. */
  index: number;
  total: number;
}

/** Per cell id, its duration in ms (the mean over its runs in the timing file). */
export type CellTimings = ReadonlyMap<string, number>;

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${value}"`);
  return { index, total };
}

/** A previous run's summary.json as a timing file: each cell id's mean duration. */
export function readCellTimings(path: string): CellTimings {
  let cells: unknown;
  try {
    cells = (JSON.parse(readFileSync(path, 'utf8')) as { cells?: unknown }).cells;
  } catch (e) {
    throw new UsageError(`--shard-timings ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON (${(e as Error).message})`}`);
  }
  if (!Array.isArray(cells)) throw new UsageError(`--shard-timings ${path}: expected a run summary (summary.json) with a "cells" list`);
  const sums = new Map<string, { total: number; n: number }>();
  for (const c of cells as Array<{ id?: unknown; durationMs?: unknown }>) {
    if (typeof c.id !== 'string' || typeof c.durationMs !== 'number') continue;
    const s = sums.get(c.id) ?? { total: 0, n: 0 };
    sums.set(c.id, { total: s.total + c.durationMs, n: s.n + 1 });
  }
  return new Map([...sums].map(([id, s]) => [id, s.total / s.n]));
}

/** A skipped (unavailable) cell costs a result file, not a browser: a small weight, so shards still balance on real work. */
const UNAVAILABLE_SHARE = 0.02;

function weigher(timings: CellTimings | undefined): (plan: CellPlan) => number {
  const known = [...(timings?.values() ?? [])].sort((a, b) => a - b);
  // A cell the timing file does not know costs what a typical cell did.
  const typical = known.length ? known[Math.floor(known.length / 2)]! : 1;
  return (plan) => {
    const w = timings?.get(plan.cell.id) ?? typical;
    return plan.unavailable ? w * UNAVAILABLE_SHARE : Math.max(w, typical * UNAVAILABLE_SHARE);
  };
}

/**
 * The plans of one shard, in launch-group order. A plan belongs to the shard its weight's midpoint
 * falls in, so every plan is in exactly one shard and the pieces differ by at most one cell's weight.
 */
export function shardPlans(plans: readonly CellPlan[], shard: Shard, timings?: CellTimings): CellPlan[] {
  // A stable order before grouping: the same selection gives the same shards whatever order it was planned in.
  const ordered = orderByLaunchGroup([...plans].sort((a, b) => compare(planRunKey(a), planRunKey(b)) || compare(a.runner, b.runner)));
  const weightOf = weigher(timings);
  const weights = ordered.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: CellPlan[] = [];
  let before = 0;
  ordered.forEach((p, i) => {
    const mid = before + weights[i]! / 2;
    before += weights[i]!;
    const k = Math.min(shard.total - 1, Math.floor((mid / total) * shard.total));
    if (k === shard.index - 1) out.push(p);
  });
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
