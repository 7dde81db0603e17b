// Where things live: the project root, the default target (package.json "permissionHarness"), and
// the generated output under reports/ (git-ignored).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './project-root.ts';

export { ROOT };

/** PH_REPORTS_DIR moves all generated output (the project's own tests run side by side that way). */
const reportsDir = process.env.PH_REPORTS_DIR ? resolve(process.env.PH_REPORTS_DIR) : join(ROOT, 'reports');

export const REPORTS = {
  dir: reportsDir,
  allureResults: join(reportsDir, 'allure-results'),
  allureReport: join(reportsDir, 'allure-report'),
  /** A small run's report is generated after the CLI exits: the generating pid while it runs, and its output. */
  allureReportPending: join(reportsDir, '.allure-report-pending'),
  allureReportLog: join(reportsDir, 'allure-generate.log'),
  cellResults: join(reportsDir, 'cell-results'),
  runPlan: join(reportsDir, 'run-plan.json'),
  traces: join(reportsDir, 'traces'),
  videos: join(reportsDir, 'videos'),
  testResults: join(reportsDir, 'test-results'),
  repro: join(reportsDir, 'repro'),
  /** `--browsers-from containers`: each container's log (also attached to the cells it served). */
  containerLogs: join(reportsDir, 'containers'),
  /** The release at a glance: one page, one machine-readable summary, each cell's last verdict. */
  matrix: join(reportsDir, 'matrix.html'),
  summary: join(reportsDir, 'summary.json'),
  history: join(reportsDir, 'history'),
  verdictHistory: join(reportsDir, 'history', 'cell-verdicts.json'),
  /** What each engine answered this run; the merged record of every run before it; the record before this run. */
  observed: join(reportsDir, 'observed.json'),
  observedHistory: join(reportsDir, 'history', 'observed.json'),
  observedPrevious: join(reportsDir, 'history', 'observed-previous.json'),
  /** The run's quality-gate inputs and known issues as Allure resolutions, which allurerc.mjs reads. */
  allureGate: join(reportsDir, 'allure-gate.json'),
};

/** The committed record of what each engine answers, that `drift` compares runs with (`drift --accept` writes it). */
export const OBSERVED_BASELINE = join(ROOT, 'scenarios', 'observed-baseline.json');

/** The target used when none is named: PH_TARGET, else package.json permissionHarness.defaultTarget. */
export function defaultTargetPath(): string {
  if (process.env.PH_TARGET) return resolve(process.env.PH_TARGET);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { permissionHarness?: { defaultTarget?: string } };
  return join(ROOT, pkg.permissionHarness?.defaultTarget ?? 'target.json');
}
