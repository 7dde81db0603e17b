// `merge`: the run plans of several jobs (shards of one selection, or runs of different runners or
// machines) as one plan, refused when they do not add up: a shard missing or given twice, a run in
// two jobs, jobs against different targets or app queries. A merge that hid any of these would report
// a release as tested when part of it was not, or count a cell twice.
import { planRunKey, type CellPlan } from '../contract/cell-plan.ts';
import { UsageError } from '../util/errors.ts';
import type { RunPlan } from './run-plan.ts';

export interface JobPlan {
  /** Where the job's output is (named in errors). */
  dir: string;
  plan: RunPlan;
}

export interface MergedPlan {
  plans: CellPlan[];
  targetProfile: string;
  query: Record<string, string>;
  /** `3 shards of 685 runs`, or `2 runs`: what was merged, for the first output line. */
  description: string;
}

export function mergeRunPlans(jobs: readonly JobPlan[]): MergedPlan {
  if (!jobs.length) throw new UsageError('merge expects the output folders of the runs to merge (e.g. merge reports/shard-1 reports/shard-2)');
  const [first] = jobs;
  for (const j of jobs) {
    if (j.plan.targetProfile !== first!.plan.targetProfile) throw new UsageError(`merge: ${j.dir} ran against ${j.plan.targetProfile}, ${first!.dir} against ${first!.plan.targetProfile}: merge runs of one target`);
    if (JSON.stringify(j.plan.query) !== JSON.stringify(first!.plan.query)) throw new UsageError(`merge: ${j.dir} ran with query ${JSON.stringify(j.plan.query)}, ${first!.dir} with ${JSON.stringify(first!.plan.query)}: merge runs of one app query`);
  }
  const sharded = jobs.filter((j) => j.plan.shard);
  let description = `${jobs.length} run(s)`;
  if (sharded.length) {
    if (sharded.length !== jobs.length) throw new UsageError(`merge: ${jobs.find((j) => !j.plan.shard)!.dir} is not a shard but ${sharded[0]!.dir} is: merge the shards of one run, or whole runs`);
    const total = sharded[0]!.plan.shard!.total;
    const of = sharded[0]!.plan.shard!.of;
    const odd = sharded.find((j) => j.plan.shard!.total !== total || j.plan.shard!.of !== of);
    if (odd) throw new UsageError(`merge: ${odd.dir} is shard ${odd.plan.shard!.index}/${odd.plan.shard!.total} of ${odd.plan.shard!.of} run(s), ${sharded[0]!.dir} a shard of ${total} of ${of}: merge the shards of one selection`);
    const byIndex = new Map<number, string>();
    for (const j of sharded) {
      const seen = byIndex.get(j.plan.shard!.index);
      if (seen) throw new UsageError(`merge: shard ${j.plan.shard!.index}/${total} is given twice (${seen} and ${j.dir})`);
      byIndex.set(j.plan.shard!.index, j.dir);
    }
    const absent = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (absent.length) throw new UsageError(`merge: shard(s) ${absent.map((i) => `${i}/${total}`).join(', ')} missing: every shard's folder is needed (a failed shard job still uploads its folder)`);
    description = `${total} shard(s) of ${of} run(s)`;
  }
  const owner = new Map<string, string>();
  const plans: CellPlan[] = [];
  for (const j of jobs) {
    for (const p of j.plan.plans) {
      const key = `${p.runner}#${planRunKey(p)}`;
      const other = owner.get(key);
      if (other) throw new UsageError(`merge: ${planRunKey(p)} (${p.runner}) ran in both ${other} and ${j.dir}: the runs overlap`);
      owner.set(key, j.dir);
      plans.push(p);
    }
  }
  if (sharded.length && plans.length !== sharded[0]!.plan.shard!.of) throw new UsageError(`merge: the shards hold ${plans.length} run(s), the selection ${sharded[0]!.plan.shard!.of}: the shards were not cut from one selection`);
  return { plans, targetProfile: first!.plan.targetProfile, query: first!.plan.query, description };
}
