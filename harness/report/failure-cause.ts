// Why a cell did not pass, as the `cause` label Allure's categories group by (allurerc.mjs): the
// app's defect (a wrong or missing step, a swallowed error, a wrong request), the state not reached
// (the harness could not put the browser in the state: broken), or the environment (the browser or
// its driver missing, failing to start or crashing: a harness error). Drift is labelled after the run,
// when the answers are compared with the baseline (allure-generate.ts).
import type { Verdict } from '../contract/cell-result.ts';

export type FailureCause = 'app-defect' | 'state-not-reached' | 'environment';

/** The harness's own errors are worded `harness error: …` (drive/run-cell.ts); everything else broken is a precondition. */
export function failureCause(verdict: Pick<Verdict, 'status' | 'failures' | 'brokenBy'>): FailureCause | undefined {
  if (verdict.status === 'passed') return undefined;
  if (verdict.status === 'failed') return 'app-defect';
  if (verdict.brokenBy === 'environment') return 'environment';
  return verdict.failures.some((f) => f.startsWith('harness error:')) ? 'environment' : 'state-not-reached';
}
