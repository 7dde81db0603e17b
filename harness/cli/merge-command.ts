// `merge <dir>…`: the output folders of several runs (the shards of one CI run, or runs on other
// machines and runners) become one run in the output folder (`--output`, PH_REPORTS_DIR, default
// reports/): every cell's result and Allure result copied in, then the same closing as `run` (summary,
// release at a glance, known issues, drift, the quality gate, one Allure report with the history kept
// in the output folder). The exit code is the gate's, as for `run`.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadKnownIssues, loadTarget } from '../app-profile/load-profile.ts';
import { REPORTS } from '../host/project-paths.ts';
import { mergeRunPlans } from '../plan/merge-plans.ts';
import { readRunPlan, writeRunPlan } from '../plan/run-plan.ts';
import { UsageError } from '../util/errors.ts';
import { closeRun } from './close-run.ts';
import { waitForBackgroundReport } from '../report/allure-report-in-background.ts';
import type { Flags } from './parse-args.ts';

export async function mergeCommand(positionals: string[], flags: Flags): Promise<number> {
  const dirs = positionals.map((d) => resolve(d));
  for (const d of dirs) {
    if (!existsSync(join(d, 'run-plan.json'))) throw new UsageError(`merge: ${d} has no run-plan.json: give the output folders of runs (what their --output or PH_REPORTS_DIR named)`);
    if (d === REPORTS.dir) throw new UsageError(`merge: ${d} is both an input and the output folder: name another output with --output`);
  }
  const jobs = dirs.map((dir) => ({ dir, plan: readRunPlan(join(dir, 'run-plan.json')) }));
  const merged = mergeRunPlans(jobs);
  const targetPath = flags.target ?? merged.targetProfile;
  if (!existsSync(targetPath)) throw new UsageError(`merge: the runs' target profile ${targetPath} is not on this machine: name it with --target`);
  const target = loadTarget(targetPath);
  const knownIssues = flags['known-issues'] !== undefined ? loadKnownIssues(flags['known-issues']) : target.knownIssues;

  // The output folder keeps its history (allure-history.jsonl, history/): the previous release's, restored by CI.
  await waitForBackgroundReport({ marker: REPORTS.allureReportPending, log: REPORTS.allureReportLog });
  for (const p of [REPORTS.cellResults, REPORTS.allureResults, REPORTS.allureGate]) rmSync(p, { recursive: true, force: true });
  mkdirSync(REPORTS.allureResults, { recursive: true });
  for (const { dir } of jobs) {
    // Result files are named by run key (cell results) or a fresh uuid (Allure): disjoint runs never collide.
    for (const [from, to] of [[join(dir, 'cell-results'), REPORTS.cellResults], [join(dir, 'allure-results'), REPORTS.allureResults]] as const) {
      if (existsSync(from)) cpSync(from, to, { recursive: true });
    }
  }
  // The merged folder is a run's output like any other: it can be merged again, and `repro` reads it.
  writeRunPlan(REPORTS.runPlan, { ...jobs[0]!.plan, plans: merged.plans, shard: undefined, options: { ...jobs[0]!.plan.options, cellResultsDir: REPORTS.cellResults, allureResultsDir: REPORTS.allureResults } });
  console.log(`permission-harness: merging ${merged.description} from ${dirs.length} folder(s) against "${target.profile.name}" into ${REPORTS.dir}`);
  const passed = await closeRun({ plans: merged.plans, targetName: target.profile.name, query: merged.query, ...(knownIssues ? { knownIssues } : {}), withReport: !flags['no-report'] });
  return passed ? 0 : 1;
}
