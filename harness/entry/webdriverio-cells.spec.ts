// The cells as WebdriverIO (mocha) tests, from the same run plan as Playwright's: one test per plan
// whose runner is WebdriverIO (`npx wdio run wdio.conf.ts`). The CLI drives these cells in its own
// process instead; this entry is for teams that run everything through `wdio`.
import { PlanDriver } from '../drive/drive-plan.ts';
import { resolveRunPlan } from '../plan/default-plan.ts';
import { allureRuntimeReporter } from '../report/allure-runtime-reporter.ts';
import { cellFailure, cellTitle } from '../report/cell-title.ts';
import { failureLines, progressLine } from '../report/progress-line.ts';

const runPlan = resolveRunPlan();
const driver = new PlanDriver(runPlan, 'webdriverio');

describe('permission-harness cells (WebdriverIO)', function () {
  after(async () => {
    await driver.close();
  });

  for (const plan of driver.plans()) {
    it(cellTitle(plan), async function (this: Mocha.Context) {
      const outcome = await driver.runOne(plan, allureRuntimeReporter);
      if (outcome.kind === 'skipped') this.skip();
      else {
        const r = outcome.result;
        process.stdout.write(progressLine({ status: r.status, id: r.id, fidelity: r.fidelity, seconds: r.durationMs / 1000, runner: 'webdriverio' }) + '\n');
        if (r.status !== 'passed') {
          process.stdout.write(failureLines(r.failures) + '\n');
          throw cellFailure(r);
        }
      }
    });
  }
});
