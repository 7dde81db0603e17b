// The plan file the CLI hands to every runner process (Playwright Test workers, `wdio`): which cells,
// against which target, and how (RunOptions), typed once here. Runner processes read it from the
// path in PH_RUN_PLAN; nothing else travels through the environment.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { CellPlan } from '../contract/cell-plan.ts';
import { RunOptions } from '../contract/run-options.ts';

export const RunPlan = z
  .object({
    targetProfile: z.string(),
    query: z.record(z.string(), z.string()).default({}),
    url: z.string().optional(),
    options: RunOptions,
    plans: z.array(CellPlan),
    /** Set on a shard job's plan (`--shard i/n`): which piece, of how many runs in the whole selection (merge checks the pieces add up). */
    shard: z.object({ index: z.number().int().positive(), total: z.number().int().positive(), of: z.number().int().nonnegative() }).strict().optional(),
  })
  .strict();
export type RunPlan = z.infer<typeof RunPlan>;

export function writeRunPlan(path: string, plan: RunPlan): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, JSON.stringify(RunPlan.parse(plan), null, 2));
}

export function readRunPlan(path: string): RunPlan {
  return RunPlan.parse(JSON.parse(readFileSync(path, 'utf8')));
}
