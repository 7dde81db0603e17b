// Allure's status of each cell, made the harness's verdict kind: allure-playwright reports every
// thrown error as "failed" (a state not reached too), and WebdriverIO's reporter reports some app
// failures as "broken". After the run, every result carrying the harness's `verdict` label gets the
// status that verdict means, so Allure counts passed / failed (the app) / broken (the state not
// reached, or the environment) the same way as the summary and the closing line, on every runner.
import { rewriteAllureResults } from './allure-result-files.ts';

const STATUS_OF_VERDICT: Record<string, string> = {
  passed: 'passed',
  failed: 'failed',
  broken: 'broken',
  environment: 'broken',
  skipped: 'skipped',
};

/** Returns how many result files had another status than their verdict's (now aligned). */
export function alignAllureStatusWithVerdict(resultsDir: string): number {
  return rewriteAllureResults(resultsDir, (r) => {
    const verdict = r.labels?.find((l) => l.name === 'verdict')?.value;
    const status = verdict ? STATUS_OF_VERDICT[verdict] : undefined;
    if (!status || r.status === status) return false;
    r.status = status;
    return true;
  });
}
