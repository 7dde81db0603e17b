// Playwright reporter used under the CLI: one line per finished cell with its verdict and fidelity,
// and the failure's own lines (they name the wrong or missing step). The summary table comes after.
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

const MARK: Record<string, string> = { passed: '✓', failed: '✗', timedOut: '✗', interrupted: '✗', skipped: '-' };

export default class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.total = suite.allTests().length;
    process.stdout.write(`playwright: ${this.total} cell(s)\n`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.done++;
    const [id, , fidelityTag] = test.title.split(' ');
    const fidelity = (fidelityTag ?? '').replace('@', '');
    const n = String(this.done).padStart(String(this.total).length);
    const secs = (result.duration / 1000).toFixed(1);
    const mark = MARK[result.status] ?? '?';
    let line = `[${n}/${this.total}] ${mark} ${id!.padEnd(44)} ${fidelity.padEnd(11)} ${secs}s`;
    if (result.status === 'skipped') line += `  skipped: ${result.annotations.find((a) => a.type === 'skip')?.description ?? ''}`;
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
