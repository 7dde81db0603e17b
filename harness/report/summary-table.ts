// The terminal summary: per browser/os a state × mode grid (pass/fail/skip and native/emulated),
// the same matrix at a glance (a line per mode and browser/os, a character per state, as on
// matrix.html), then totals and the closing `N passed, N failed, N broken, N skipped` line.
// Colour only where it can show: a terminal, and no NO_COLOR.
import { MODES, STATES } from '../../scenarios/axes.ts';
import { runKey } from '../contract/cell-plan.ts';
import { stateSegment } from '../contract/cell.ts';
import type { CellResult } from '../contract/cell-result.ts';
import { osSourceText } from '../contract/remote-browser.ts';

/** Under a remote runner's group: what the endpoints reported they started, and whether the OS is the node's own. */
function remoteLines(rs: CellResult[]): string[] {
  const seen = new Set<string>();
  for (const r of rs) {
    if (!r.remote) continue;
    const m = r.remote;
    seen.add(`  node: ${m.browserName} ${m.browserVersion}${m.platformName ? ` on ${m.platformName}` : ''} at ${m.endpoint}; os: ${osSourceText(m)}`);
  }
  return [...seen].sort();
}

function mark(r: CellResult): string {
  const f = r.fidelity === 'native' ? 'N' : r.fidelity === 'emulated' ? 'E' : '';
  if (r.status === 'passed') return `✓${f}`;
  if (r.status === 'skipped') return '-';
  if (r.status === 'broken') return `!${f}`;
  return `✗${f}`;
}

const SEVERITY = ['broken', 'failed', 'passed', 'skipped'];

/** ANSI colour when stdout is a terminal and NO_COLOR is not set (no-color.org: any non-empty value). */
export function terminalColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return !!stream.isTTY && !env.NO_COLOR;
}

const ANSI: Record<CellResult['status'], string> = { passed: '32', failed: '31', broken: '33', skipped: '2' };
const LETTER: Record<CellResult['status'], string> = { passed: 'P', failed: 'F', broken: 'B', skipped: '-' };

/** One character: the verdict's letter, upper case native, lower case emulated; `-` skipped. */
export function glanceChar(r: CellResult | undefined, color = false): string {
  if (!r) return '·';
  const letter = r.fidelity === 'emulated' ? LETTER[r.status].toLowerCase() : LETTER[r.status];
  return color ? `\u001b[${ANSI[r.status]}m${letter}\u001b[0m` : letter;
}

/** The matrix at a glance: per mode, one line per browser/os (and engine/runner), one character per state. */
export function glanceGrid(all: CellResult[], color = false): string[] {
  // A character per state: recovery cells (two states) are in the per-browser grids only.
  const results = all.filter((r) => !r.cell.sequence);
  if (!results.length) return [];
  const rowName = (r: CellResult) => `${r.cell.browser}/${r.cell.os}`;
  const via = (r: CellResult) => `${r.cell.engine} via ${r.runner}`;
  const width = Math.max(...results.map((r) => rowName(r).length)) + 2;
  const lines = ['', `at a glance (a character per state: ${STATES.map((s, i) => `${i + 1} ${s.id}`).join(', ')})`];
  lines.push('  ' + ''.padEnd(width) + STATES.map((_, i) => String(i + 1).slice(-1)).join(''));
  for (const { id: mode } of MODES) {
    const rs = results.filter((r) => r.cell.mode === mode);
    if (!rs.length) continue;
    lines.push(mode);
    const rows = [...new Set(rs.map((r) => `${rowName(r)}\t${via(r)}`))].sort();
    for (const row of rows) {
      const [name = '', how = ''] = row.split('\t');
      const inRow = rs.filter((r) => rowName(r) === name && via(r) === how);
      lines.push('  ' + name.padEnd(width) + STATES.map((s) => glanceChar(inRow.find((r) => r.cell.state === s.id), color)).join('') + `  ${how}`);
    }
  }
  lines.push('legend: P pass  F fail (app)  B broken (state not reached)  - skipped  · not run;  upper case native, lower case emulated');
  return lines;
}

export interface SummaryOptions {
  color?: boolean;
  /** Per result (runner#id), the known issue's ticket it fails as: listed as known, counted apart. */
  known?: ReadonlyMap<string, { ticket: string; expires: string }>;
}

export function summaryTable(results: CellResult[], options: SummaryOptions = {}): string {
  const lines: string[] = [];
  const groups = new Map<string, CellResult[]>();
  for (const r of results) {
    const key = `${r.cell.browser}/${r.cell.os} (${r.cell.engine} via ${r.runner})`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const col = 18;
  // The state column fits the longest state name of scenarios/axes.ts (the table grows with it).
  const stateCol = Math.max(col, ...STATES.map((s) => s.id.length + 2), ...results.map((r) => stateSegment(r.cell).length + 2));
  for (const [group, rs] of [...groups.entries()].sort()) {
    lines.push('', group, ...remoteLines(rs));
    lines.push('  ' + 'state'.padEnd(stateCol) + MODES.map((m) => m.id.padEnd(col)).join(''));
    // A state's row, then its recovery cells' rows (`denied..granted`) right under it.
    const segments = STATES.flatMap(({ id }) => [id, ...[...new Set(rs.filter((r) => r.cell.sequence && r.cell.state === id).map((r) => stateSegment(r.cell)))].sort()]);
    for (const s of segments) {
      const row = MODES.map(({ id: m }) => {
        // Several runs of one cell (variants, repeats): the grid shows the worst of them.
        const r = rs.filter((x) => stateSegment(x.cell) === s && x.cell.mode === m).sort((a, b) => SEVERITY.indexOf(a.status) - SEVERITY.indexOf(b.status))[0];
        return (r ? mark(r) : '·').padEnd(col);
      });
      if (row.every((c) => c.trim() === '·')) continue;
      lines.push('  ' + s.padEnd(stateCol) + row.join(''));
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
    ...checkedAgainstLine(results),
    ...glanceGrid(results, options.color),
  );
  const knownOf = (r: CellResult) => options.known?.get(`${r.runner}#${r.id}`);
  const problems = results.filter((r) => (r.status === 'failed' || r.status === 'broken') && !knownOf(r));
  if (problems.length) {
    lines.push('', 'failures:');
    for (const r of problems) {
      lines.push(`  ${runKey(r)} [${r.fidelity}, ${r.runner}${r.checkedAgainst ? `, checked against ${r.checkedAgainst}` : ''}]`);
      for (const f of r.failures) lines.push(`    - ${f}`);
    }
  }
  // Known issues fail as their entry expects: listed with the ticket, not among the failures.
  const known = results.filter((r) => (r.status === 'failed' || r.status === 'broken') && knownOf(r));
  if (known.length) {
    lines.push('', 'known issues (fail as expected):');
    for (const r of known) {
      const k = knownOf(r)!;
      lines.push(`  ${runKey(r)} [${r.fidelity}, ${r.runner}] ${r.status}: ${k.ticket} (until ${k.expires})`);
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
  // Environment failures (a browser, page, session or server gave way) are broken, counted apart.
  const environment = count((r) => r.status === 'broken' && r.brokenBy === 'environment');
  lines.push('', `${passed} passed${flaky.length ? ` (${flaky.length} flaky)` : ''}, ${failed} failed, ${broken} broken${environment ? ` (${environment} environment)` : ''}, ${skipped} skipped${known.length ? ` (${known.length} known)` : ''}`);
  return lines.join('\n');
}


/** A snapshot proves stability, a playbook correctness: how many cells were held to which (cells that ran). */
function checkedAgainstLine(results: CellResult[]): string[] {
  const counts = new Map<string, number>();
  for (const r of results) if (r.checkedAgainst && r.status !== 'skipped') counts.set(r.checkedAgainst, (counts.get(r.checkedAgainst) ?? 0) + 1);
  if (!counts.size) return [];
  const order = ['playbook', 'playbook+snapshot', 'snapshot', 'none'];
  return [`checked against: ${[...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([k, n]) => `${n} ${k}`).join(', ')}`];
}
