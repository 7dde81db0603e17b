// Playwright reporter used under the CLI: one line per finished cell with its verdict and fidelity,
// and the failure's own lines (they name the wrong or missing step). The summary table comes after.
import { progressLine } from '../../report/progress-line.ts';
import { parseCellTitle } from '../../report/cell-title.ts';
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';


export default class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.total = suite.allTests().length;
    process.stdout.write(`playwright: ${this.total} cell(s)\n`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.done++;
    const { id, fidelity } = parseCellTitle(test.title, test.tags);
    const broken = result.errors[0]?.message?.includes('BROKEN ');
    const status = result.status === 'passed' || result.status === 'skipped' ? result.status : broken ? 'broken' : 'failed';
    const detail = result.annotations.find((a) => a.type === 'skip')?.description;
    const line = progressLine({ index: this.done, total: this.total, status, id, fidelity, seconds: result.duration / 1000, detail, ...(result.retry ? { runner: `retry ${result.retry}${status === 'passed' ? ': flaky' : ''}` } : {}) });
    process.stdout.write(line + '\n');
    if (result.status === 'failed' || result.status === 'timedOut') {
      const msg = result.errors[0]?.message ?? 'failed';
      for (const l of msg.split('\n').slice(1, 8)) process.stdout.write(`        ${l.replace(/\u001b\[[0-9;]*m/g, '')}\n`);
    }
  }

  onEnd(_result: FullResult): void {}

  printsToStdio(): boolean {
    return true;
  }
}
