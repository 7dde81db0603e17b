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
    return this.get(cell.engine).conditions[cell.state](cell);
  }

  /** Engine/runner pairs in a stable order: each engine's runners (preferred first), then those it cannot use. */
  pairs(): Array<{ engine: EngineModule; runner: string }> {
    return this.all().flatMap((engine) => [...Object.keys(engine.runners), ...Object.keys(engine.unsupported ?? {})].map((runner) => ({ engine, runner })));
  }
}

export const engines = new EngineRegistry([chromiumEngine, geckoEngine, webkitEngine]);
