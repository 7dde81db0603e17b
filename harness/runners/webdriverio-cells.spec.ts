// The cells as WebdriverIO (mocha) tests, from the same run plan as Playwright's: one test per plan
// whose runner is webdriverio. Each cell opens its own WebDriver session (conditions are per launch).
import { resolveRunPlan } from '../run/default-plan.ts';
import { openStage, type OpenStage } from '../run/open-stage.ts';
import { reportUnavailable } from '../run/report-unavailable.ts';
import { defaultTargetPath } from '../run/project-paths.ts';
import { runCell } from '../run/run-cell.ts';
import { cellFailure, cellTitle } from '../run/cell-title.ts';
import { allureCellReporter } from '../report/allure-cell-reporter.ts';
import { loadTarget } from '../target/load-target.ts';
import { WebdriverioRunner } from './webdriverio-runner.ts';
import { failureLines, progressLine } from '../report/progress-line.ts';

const runPlan = resolveRunPlan(defaultTargetPath());
const target = loadTarget(runPlan.targetProfile);
const plans = runPlan.plans.filter((p) => p.runner === 'webdriverio');

describe('permission-harness cells (WebdriverIO)', function () {
  let stage: OpenStage;
  let runner: WebdriverioRunner;

  before(async () => {
    stage = await openStage(target, runPlan.query, runPlan.url);
    runner = new WebdriverioRunner(stage);
  });
  after(async () => {
    await stage?.close();
  });

  for (const plan of plans) {
    const { cell } = plan;
    it(cellTitle(plan), async function (this: Mocha.Context) {
      if (plan.unavailable) {
        await reportUnavailable(plan, 'webdriverio', allureCellReporter);
        this.skip();
      }
      const result = await runCell({ plan, target, stage, reporter: allureCellReporter, runnerLabel: 'webdriverio', openSession: (req) => runner.open(req) });
      process.stdout.write(progressLine({ status: result.status, id: cell.id, fidelity: result.fidelity, seconds: result.durationMs / 1000, runner: 'webdriverio' }) + '\n');
      if (result.status !== 'passed') {
        process.stdout.write(failureLines(result.failures) + '\n');
        throw cellFailure(result);
      }
    });
  }
});
