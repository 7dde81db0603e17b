// Engine name → engine plug-in: the only file that imports the engine folders (the one door, as in
// Playwright's server/playwright.ts). Adding an engine is a new folder plus one line here; tests make
// their own registry with a fake engine and hand it to the planner, doctor and driver.
import type { Cell } from '../contract/cell.ts';
import type { Condition } from '../contract/condition.ts';
import type { EngineModule } from '../contract/engine-module.ts';
import { NamedRegistry } from '../util/named-registry.ts';
import { chromiumEngine } from './chromium/chromium-engine.ts';
import { geckoEngine } from './gecko/gecko-engine.ts';
import { webkitEngine } from './webkit/webkit-engine.ts';

export class EngineRegistry extends NamedRegistry<EngineModule> {
  constructor(modules: readonly EngineModule[]) {
    super('engine', modules);
  }

  /** The engine's row for the cell's state, applied to the cell. */
  condition(cell: Cell): Condition {
    const engine = this.get(cell.engine);
    const first = engine.conditions[cell.state](cell);
    return cell.sequence ? withRecovery(engine, cell, first) : first;
  }

  /** Engine/runner pairs in a stable order: each engine's runners (preferred first), then those it cannot use. */
  pairs(): Array<{ engine: EngineModule; runner: string }> {
    return this.all().flatMap((engine) => [...Object.keys(engine.runners), ...Object.keys(engine.unsupported ?? {})].map((runner) => ({ engine, runner })));
  }
}

/**
 * A recovery cell's condition: the first state's, then the engine's recovery row. The cell is native
 * only when both phases are; a phase that cannot be produced makes the whole cell unavailable.
 */
function withRecovery(engine: EngineModule, cell: Cell, plain: Condition): Condition {
  const action = cell.sequence!.action;
  if (plain.fidelity === 'unavailable') return plain;
  const row = engine.recoveries?.[action];
  const r = row ? row(cell, plain) : { unavailable: `recovery on ${engine.label} not implemented yet: ${engine.recoveryGap ?? `no ${action} row in its recovery table`}` };
  // The row may produce the first state its own way (a real prompt instead of the override); never more native than it says.
  const first: Condition = 'firstPhase' in r && r.firstPhase ? { ...plain, ...r.firstPhase, permissions: r.firstPhase.permissions } : plain;
  if ('unavailable' in r) return { ...first, fidelity: 'unavailable', mechanism: `${first.mechanism}; then ${action}: unavailable`, why: r.unavailable };
  const fidelity = first.fidelity === 'native' && r.fidelity === 'native' ? 'native' : 'emulated';
  const why = [first.why, r.why].filter(Boolean).join('; ');
  return { ...first, fidelity, mechanism: `${first.mechanism}; then ${action}: ${r.fidelity} — ${r.mechanism}`, ...(why ? { why } : {}), recovery: r };
}

export const engines = new EngineRegistry([chromiumEngine, geckoEngine, webkitEngine]);
