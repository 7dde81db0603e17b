// Drives cells inside the CLI's own process: what makes `run <id>` answer in about a second (no
// test-runner start-up), and how runners without a test runner of their own run. Same drivePlan as
// the test-runner specs, Allure results written directly, one progress line per cell.
import type { LoadedTarget } from '../app-profile/load-profile.ts';
import { runKey } from '../contract/cell-plan.ts';
import { drivePlan } from '../drive/drive-plan.ts';
import type { RunPlan } from '../plan/run-plan.ts';
import { AllureDirectRun, type AllureDirectCell } from '../report/allure-direct-reporter.ts';
import { cellTitle } from '../report/cell-title.ts';
import { failureLines, progressLine } from '../report/progress-line.ts';

/** Resolves once every cell has run, with the closing of their browsers and servers still under way (await it before exiting). */
export async function runInProcess(runPlan: RunPlan, target: LoadedTarget, runnerNames: string[]): Promise<{ closed: Promise<void> }> {
  const closing: Promise<void>[] = [];
  const allure = new AllureDirectRun(runPlan.options.allureResultsDir);
  const total = runPlan.plans.filter((p) => runnerNames.includes(p.runner)).length;
  let done = 0;
  await drivePlan(
    runPlan,
    {
      start: (plan) => allure.startCell(cellTitle(plan)),
      finish: (plan, reporter, outcome) => {
        const cell = reporter as AllureDirectCell;
        // A retry keeps its cell's number: the count is of cells, not attempts.
        if (outcome.kind === 'skipped' || !outcome.result.earlierAttempts?.length) done++;
        const index = total > 1 ? { index: done, total } : {};
        if (outcome.kind === 'skipped') {
          cell.finish('skipped', { message: outcome.reason });
          console.log(progressLine({ ...index, status: 'skipped', id: plan.cell.id, fidelity: 'unavailable', seconds: 0, detail: outcome.reason, runner: plan.runner }));
          return;
        }
        const r = outcome.result;
        cell.finish(r.status === 'skipped' ? 'skipped' : r.status, r.failures.length ? { message: r.failures.join('\n') } : undefined);
        const attempt = r.earlierAttempts?.length ? `, retry ${r.earlierAttempts.length}${r.flaky ? ': flaky' : ''}` : '';
        console.log(progressLine({ ...index, status: r.status, id: runKey(r), fidelity: r.fidelity, seconds: r.durationMs / 1000, runner: `${plan.runner}${attempt}` }));
        if (r.failures.length) console.log(failureLines(r.failures));
      },
    },
    { target, deferClose: (c) => closing.push(c) },
    runnerNames,
  );
  // A browser that fails to close after its cells ran changes no verdict.
  return { closed: Promise.all(closing.map((c) => c.catch(() => {}))).then(() => undefined) };
}
