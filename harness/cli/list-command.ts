// `list`: one cell a line, starting with the cell id, then its fidelity (native, emulated, or
// unavailable with the reason), engine/runner and mechanism.
import { fidelityOf } from '../contract/cell-plan.ts';
import type { Flags } from './parse-args.ts';
import { planFromFlags } from './select-from-flags.ts';

export function listCommand(positionals: string[], flags: Flags): number {
  const { plans, target } = planFromFlags(positionals, flags);
  const warn = () => (target.warnings ?? []).forEach((w) => console.error(`warning: ${w}`));
  if (flags.json) {
    console.log(JSON.stringify(plans.map((p) => ({ id: p.cell.id, fidelity: fidelityOf(p), engine: p.cell.engine, runner: p.runner, mechanism: p.condition.mechanism, unavailable: p.unavailable })), null, 2));
    warn();
    return 0;
  }
  const width = Math.max(...plans.map((p) => p.cell.id.length));
  for (const p of plans) {
    const f = fidelityOf(p);
    const detail = p.unavailable ? p.unavailable : p.condition.mechanism;
    console.log(`${p.cell.id.padEnd(width)}  ${f.padEnd(11)}  ${`${p.cell.engine}/${p.runner}`.padEnd(22)}  ${detail}`);
  }
  const n = (f: string) => plans.filter((p) => fidelityOf(p) === f).length;
  console.error(`${plans.length} cell(s): ${n('native')} native, ${n('emulated')} emulated, ${n('unavailable')} unavailable`);
  warn();
  return 0;
}
