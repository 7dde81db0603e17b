// `list`: one cell a line, starting with the cell id, then its fidelity (native, emulated, or
// unavailable with the reason), engine/runner and mechanism.
import { fidelityOf } from '../contract/cell-plan.ts';
import type { Flags } from './parse-args.ts';
import { planFromFlags, shardFromFlags } from './select-from-flags.ts';

export function listCommand(positionals: string[], flags: Flags): number {
  const planned = planFromFlags(positionals, flags);
  const { target } = planned;
  const { plans, shard, of } = shardFromFlags(planned.plans, flags);
  const warn = () => (target.warnings ?? []).forEach((w) => console.error(`warning: ${w}`));
  if (flags.json) {
    console.log(JSON.stringify(plans.map((p) => ({ id: p.cell.id, fidelity: fidelityOf(p), engine: p.cell.engine, runner: p.runner, mechanism: p.condition.mechanism, unavailable: p.unavailable })), null, 2));
    warn();
    return 0;
  }
  const width = Math.max(0, ...plans.map((p) => p.cell.id.length));
  for (const p of plans) {
    const f = fidelityOf(p);
    const detail = p.unavailable ? p.unavailable : p.condition.mechanism;
    console.log(`${p.cell.id.padEnd(width)}  ${f.padEnd(11)}  ${`${p.cell.engine}/${p.runner}`.padEnd(22)}  ${detail}`);
  }
  const n = (f: string) => plans.filter((p) => fidelityOf(p) === f).length;
  console.error(`${shard ? `shard ${shard.index}/${shard.total}: ` : ''}${plans.length} cell(s)${shard ? ` of ${of}` : ''}: ${n('native')} native, ${n('emulated')} emulated, ${n('unavailable')} unavailable`);
  warn();
  return 0;
}
