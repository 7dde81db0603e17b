// The plan file the CLI hands to every runner process (Playwright Test workers, `wdio`): which cells,
// against which target, and how (RunOptions), typed once here. Runner processes read it from the
// path in PH_RUN_PLAN; nothing else travels through the environment.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { CellPlan } from '../contract/cell-plan.ts';
import { RunOptions } from '../contract/run-options.ts';
import { ROOT } from '../host/project-paths.ts';

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

/**
 * A target inside the project is kept relative to it: a shard job and the merge job of one CI run
 * check the project out at different paths (a job container's workspace is not the runner's).
 */
export function writeRunPlan(path: string, plan: RunPlan): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const inProject = relative(ROOT, resolve(plan.targetProfile));
  const targetProfile = inProject.startsWith('..') || isAbsolute(inProject) ? resolve(plan.targetProfile) : inProject;
  writeFileSync(path, JSON.stringify(RunPlan.parse({ ...plan, targetProfile }), null, 2));
}

/** The target comes back as an absolute path on this machine. */
export function readRunPlan(path: string): RunPlan {
  const plan = RunPlan.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { ...plan, targetProfile: resolve(ROOT, plan.targetProfile) };
}
