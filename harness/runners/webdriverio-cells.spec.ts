// The cells as WebdriverIO (mocha) tests, from the same run plan as Playwright's: one test per plan
// whose runner is webdriverio. Each cell opens its own WebDriver session (conditions are per launch).
import { resolveRunPlan } from '../run/default-plan.ts';
import { openStage, type OpenStage } from '../run/open-stage.ts';
import { reportUnavailable } from '../run/report-unavailable.ts';
import { defaultTargetPath } from '../run/project-paths.ts';
import { runCell } from '../run/run-cell.ts';
import { allureCellReporter } from '../report/allure-cell-reporter.ts';
import { loadTarget } from '../target/load-target.ts';
import { WebdriverioRunner } from './webdriverio-runner.ts';

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
    it(`${cell.id} @${cell.engine} @${plan.unavailable ? "unavailable" : plan.condition.fidelity}`, async function (this: Mocha.Context) {
      if (plan.unavailable) {
        await reportUnavailable(plan, 'webdriverio', allureCellReporter);
        this.skip();
      }
      const result = await runCell({ plan, target, stage, reporter: allureCellReporter, runnerLabel: 'webdriverio', openSession: (req) => runner.open(req) });
      const line = `${result.status === 'passed' ? '✓' : '✗'} ${cell.id.padEnd(44)} ${result.fidelity.padEnd(11)} ${(result.durationMs / 1000).toFixed(1)}s (webdriverio)`;
      process.stdout.write(line + '\n');
      if (result.status !== 'passed') {
        for (const f of result.failures) process.stdout.write(`        - ${f}\n`);
        throw new Error(`${result.status.toUpperCase()} ${cell.id} [${result.fidelity}]\n- ${result.failures.join('\n- ')}`);
      }
    });
  }
});
