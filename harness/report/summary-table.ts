// The terminal summary: per browser/os a state × mode grid (pass/fail/skip and native/emulated),
// then totals and the closing `N passed, N failed, N broken, N skipped` line.
import { MODES, STATES } from '../../scenarios/axes.ts';
import { runKey } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';

function mark(r: CellResult): string {
  const f = r.fidelity === 'native' ? 'N' : r.fidelity === 'emulated' ? 'E' : '';
  if (r.status === 'passed') return `✓${f}`;
  if (r.status === 'skipped') return '-';
  if (r.status === 'broken') return `!${f}`;
  return `✗${f}`;
}

const SEVERITY = ['broken', 'failed', 'passed', 'skipped'];

export function summaryTable(results: CellResult[]): string {
  const lines: string[] = [];
  const groups = new Map<string, CellResult[]>();
  for (const r of results) {
    const key = `${r.cell.browser}/${r.cell.os} (${r.cell.engine} via ${r.runner})`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const col = 18;
  for (const [group, rs] of [...groups.entries()].sort()) {
    lines.push('', group);
    lines.push('  ' + 'state'.padEnd(18) + MODES.map((m) => m.id.padEnd(col)).join(''));
    for (const { id: s } of STATES) {
      const row = MODES.map(({ id: m }) => {
        // Several runs of one cell (variants, repeats): the grid shows the worst of them.
        const r = rs.filter((x) => x.cell.state === s && x.cell.mode === m).sort((a, b) => SEVERITY.indexOf(a.status) - SEVERITY.indexOf(b.status))[0];
        return (r ? mark(r) : '·').padEnd(col);
      });
      if (row.every((c) => c.trim() === '·')) continue;
      lines.push('  ' + s.padEnd(18) + row.join(''));
    }
  }
  const count = (p: (r: CellResult) => boolean) => results.filter(p).length;
  const passed = count((r) => r.status === 'passed');
  const failed = count((r) => r.status === 'failed');
  const broken = count((r) => r.status === 'broken');
  const skipped = count((r) => r.status === 'skipped');
  lines.push(
    '',
    'legend: ✓ pass  ✗ fail (app)  ! broken (state not reached)  - skipped  · not selected;  N native  E emulated',
    `fidelity: ${count((r) => r.fidelity === 'native')} native, ${count((r) => r.fidelity === 'emulated')} emulated, ${count((r) => r.fidelity === 'unavailable')} unavailable`,
  );
  const problems = results.filter((r) => r.status === 'failed' || r.status === 'broken');
  if (problems.length) {
    lines.push('', 'failures:');
    for (const r of problems) {
      lines.push(`  ${runKey(r)} [${r.fidelity}, ${r.runner}]`);
      for (const f of r.failures) lines.push(`    - ${f}`);
    }
  }
  // A pass that needed a retry is flaky news, not a plain pass.
  const flaky = results.filter((r) => r.flaky);
  if (flaky.length) {
    lines.push('', 'flaky (passed on a retry):');
    for (const r of flaky) lines.push(`  ${runKey(r)} [${r.fidelity}, ${r.runner}]: ${[...(r.earlierAttempts ?? []), r.status].join(' → ')}`);
  }
  const skips = results.filter((r) => r.status === 'skipped');
  if (skips.length) {
    const reasons = new Map<string, number>();
    for (const r of skips) reasons.set(r.skipReason ?? '', (reasons.get(r.skipReason ?? '') ?? 0) + 1);
    lines.push('', 'skipped:');
    for (const [why, n] of reasons) lines.push(`  ${n} × ${why}`);
  }
  // The app's failures and the cells whose state was not reached are different news: counted apart.
  lines.push('', `${passed} passed${flaky.length ? ` (${flaky.length} flaky)` : ''}, ${failed} failed, ${broken} broken, ${skipped} skipped`);
  return lines.join('\n');
}

