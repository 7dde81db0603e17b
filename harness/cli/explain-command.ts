// `explain <cell>`: why a cell expects what it expects, read back from data: how its condition is
// produced, the exception the page must receive, every playbook rule that applies (in playbook order,
// with its `why`), the merged step expectation, and, when the cell has run, what the app showed
// judged against each expectation with the verdict's own step checks.
import { planRunKey } from '../contract/cell-plan.ts';
import { fidelityOf } from '../contract/cell-plan.ts';
import { REPORTS } from '../host/project-paths.ts';
import { matchesPattern } from '../matrix/expand.ts';
import { readCellResult } from '../report/cell-results.ts';
import { expectedSteps, stepsAfterRecovery } from '../verdict/expected-steps.ts';
import { describeExpected, stepChecks } from '../verdict/verdict.ts';
import { checkedAgainst } from '../verdict/checked-against.ts';
import { snapshotChecks } from '../verdict/snapshot-diff.ts';
import { UsageError } from '../util/errors.ts';
import type { Flags } from './parse-args.ts';
import { planFromFlags } from './select-from-flags.ts';

const pattern = (when: Record<string, string[] | undefined>) =>
  Object.entries(when).filter(([, v]) => v?.length).map(([axis, v]) => `${axis} ${v!.join('|')}`).join(', ') || 'every cell';

export function explainCommand(positionals: string[], flags: Flags): number {
  if (positionals.length !== 1) throw new UsageError('explain expects one cell id, e.g. explain chrome/macos/denied/audio-only');
  const { plans, target } = planFromFlags(positionals, flags);
  const ids = [...new Set(plans.map((p) => p.cell.id))];
  if (ids.length !== 1) throw new UsageError(`explain expects one cell; "${positionals[0]}" selects ${ids.length} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''})`);
  const { playbook } = target;
  const cell = plans[0]!.cell;
  const lines: string[] = [`${cell.id}  (target "${target.profile.name}")`];
  for (const p of plans) {
    lines.push(`  ${p.cell.engine} via ${p.runner}: ${fidelityOf(p)}${p.unavailable ? ` (${p.unavailable})` : ''}`, `    how: ${p.condition.mechanism}`);
  }
  lines.push(`  the page must receive: ${describeExpected(plans[0]!.condition.expected)}`);

  const rules = playbook.rules.map((r, i) => ({ r, i })).filter(({ r }) => matchesPattern(cell, r.when));
  lines.push('', `playbook rules that apply (${rules.length} of ${playbook.rules.length}, in playbook order; of several, the last to set first/last wins):`);
  for (const { r, i } of rules) {
    const parts = [r.first && `first ${r.first}`, r.include.length && `include ${r.include.join(', ')}`, r.exclude.length && `exclude ${r.exclude.join(', ')}`, r.order.length && `order ${r.order.join(' < ')}`, r.last && `last ${r.last}`].filter(Boolean);
    lines.push(`  rules[${i}] when ${pattern(r.when)}: ${parts.join('; ') || '(no step fields)'}`, `    why: ${r.why}`);
  }
  const exp = expectedSteps(playbook, cell);
  lines.push('', 'expected steps:');
  if (exp.first) lines.push(`  first    ${exp.first.step}`);
  for (const s of exp.include) lines.push(`  shown    ${s.step}`);
  for (const s of exp.exclude) lines.push(`  absent   ${s.step}`);
  for (const o of exp.order) lines.push(`  order    ${o.steps.join(' < ')} (of those shown)`);
  if (exp.last) lines.push(`  last     ${exp.last.step}`);
  if (!exp.first && !exp.last && !exp.include.length && !exp.exclude.length && !exp.order.length) lines.push('  none: only the error text is checked');
  const against = checkedAgainst(plans[0]!.condition.expected, exp, !!target.snapshot, stepsAfterRecovery(playbook, cell, plans[0]!.condition.recovery));
  const recorded = target.snapshot?.cells[cell.id];
  lines.push('', `checked against: ${against}${target.snapshot ? ` (snapshot ${target.snapshot.path}: ${recorded ? `error text "${recorded.errorText}", ${recorded.steps.length} step(s)` : `not recorded yet: permission-harness record ${cell.id}`})` : ''}`);

  for (const p of plans) {
    const result = readCellResult(REPORTS.cellResults, p.runner, planRunKey(p));
    if (!result) {
      lines.push('', `last run via ${p.runner}: none in ${REPORTS.cellResults} (run it: permission-harness run ${cell.id})`);
      continue;
    }
    lines.push('', `last run via ${p.runner}: ${result.status}${result.failures[0] ? ` — ${result.failures[0]}` : ''}`, `  the page received: ${result.observed}`);
    if (result.errorText) lines.push(`  error shown: "${result.errorText}"`);
    lines.push(`  steps shown: ${result.steps.map((s, n) => `${n + 1}. ${s.id ?? `(unrecognised) "${s.text}"`}`).join('  ') || 'none'}`);
    // Judged again against today's playbook, so an edited rule can be tried without a browser.
    const checks = stepChecks(result.steps, exp);
    const held = checks.filter((c) => c.ok);
    if (held.length) lines.push(`  ✓ ${held.length} of ${checks.length} step check(s) hold: ${held.map((c) => c.name).join('; ')}`);
    for (const c of checks.filter((c) => !c.ok)) lines.push(`  ✗ ${c.detail}`);
    // And against today's recording, where the steps are compared with one.
    if (target.snapshot && against.includes('snapshot') && result.status !== 'skipped') {
      for (const c of snapshotChecks({ ...(recorded ? { entry: recorded } : {}), mode: 'check', file: target.snapshot.path, cellId: cell.id }, result.errorText, result.steps)) lines.push(`  ${c.ok ? '✓' : '✗'} ${c.detail}`);
    }
  }
  console.log(lines.join('\n'));
  return 0;
}
