// The plan file the CLI hands to the test runners (Playwright Test, WebdriverIO): one source of cells
// for every runner, so no runner keeps its own copy of the matrix.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { CellPlan } from './cell-plan.ts';

export const RunPlan = z.object({
  targetProfile: z.string(),
  query: z.record(z.string(), z.string()).default({}),
  url: z.string().optional(),
  plans: z.array(CellPlan),
});
export type RunPlan = z.infer<typeof RunPlan>;

export function writeRunPlan(path: string, plan: RunPlan): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, JSON.stringify(plan, null, 2));
}

export function readRunPlan(path: string): RunPlan {
  return RunPlan.parse(JSON.parse(readFileSync(path, 'utf8')));
}
