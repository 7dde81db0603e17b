// `list`: one cell a line, starting with the cell id, then its fidelity (native, emulated, or
// unavailable with the reason), engine/runner, mechanism, and what its steps are checked against
// (the written playbook, the recorded snapshot, both, or none).
import { fidelityOf, type CellPlan } from '../contract/cell-plan.ts';
import { checkedAgainst } from '../verdict/checked-against.ts';
import { expectedSteps, stepsAfterRecovery } from '../verdict/expected-steps.ts';
import type { Flags } from './parse-args.ts';
import { planFromFlags, shardFromFlags } from './select-from-flags.ts';

export function listCommand(positionals: string[], flags: Flags): number {
  const planned = planFromFlags(positionals, flags);
  const { target } = planned;
  const { plans, shard, of } = shardFromFlags(planned.plans, flags);
  const against = (p: CellPlan) => checkedAgainst(p.condition.expected, expectedSteps(target.playbook, p.cell), !!target.snapshot, stepsAfterRecovery(target.playbook, p.cell, p.condition.recovery));
  // A cell held to a snapshot that has no entry for it fails until `record` writes one: said here first.
  const unrecorded = (p: CellPlan) => against(p).includes('snapshot') && !target.snapshot?.cells[p.cell.id];
  const warn = () => (target.warnings ?? []).forEach((w) => console.error(`warning: ${w}`));
  if (flags.json) {
    console.log(JSON.stringify(plans.map((p) => ({ id: p.cell.id, fidelity: fidelityOf(p), engine: p.cell.engine, runner: p.runner, mechanism: p.condition.mechanism, unavailable: p.unavailable, checkedAgainst: against(p), ...(unrecorded(p) ? { recorded: false } : {}) })), null, 2));
    warn();
    return 0;
  }
  const width = Math.max(0, ...plans.map((p) => p.cell.id.length));
  for (const p of plans) {
    const f = fidelityOf(p);
    const detail = p.unavailable ? p.unavailable : p.condition.mechanism;
    console.log(`${p.cell.id.padEnd(width)}  ${f.padEnd(11)}  ${`${p.cell.engine}/${p.runner}`.padEnd(22)}  ${detail}  · checked against ${against(p)}${unrecorded(p) ? ' (not recorded yet)' : ''}`);
  }
  const kinds = () => ['playbook', 'playbook+snapshot', 'snapshot', 'none'].map((k) => [k, plans.filter((p) => against(p) === k).length] as const).filter(([, c]) => c).map(([k, c]) => `${c} ${k}`).join(', ');
  const n = (f: string) => plans.filter((p) => fidelityOf(p) === f).length;
  console.error(`${shard ? `shard ${shard.index}/${shard.total}: ` : ''}${plans.length} cell(s)${shard ? ` of ${of}` : ''}: ${n('native')} native, ${n('emulated')} emulated, ${n('unavailable')} unavailable; checked against: ${kinds()}`);
  warn();
  return 0;
}
