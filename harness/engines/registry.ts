// Engine name → engine plug-in: the only file that imports the engine folders (the one door, as in
// Playwright's server/playwright.ts). Adding an engine is a new folder plus one line here; tests make
// their own registry with a fake engine and hand it to the planner, doctor and driver.
import type { Cell } from '../contract/cell.ts';
import type { Condition } from '../contract/condition.ts';
import type { EngineModule } from '../contract/engine-module.ts';
import { UsageError } from '../util/errors.ts';
import { chromiumEngine } from './chromium/chromium-engine.ts';
import { geckoEngine } from './gecko/gecko-engine.ts';
import { webkitEngine } from './webkit/webkit-engine.ts';

export class EngineRegistry {
  private readonly modules = new Map<string, EngineModule>();

  constructor(modules: readonly EngineModule[]) {
    for (const m of modules) this.modules.set(m.name, m);
  }

  get(name: string): EngineModule {
    const m = this.modules.get(name);
    if (!m) throw new UsageError(`unknown engine "${name}": registered engines are ${this.names().join(', ')}`);
    return m;
  }

  has(name: string): boolean {
    return this.modules.has(name);
  }

  names(): string[] {
    return [...this.modules.keys()];
  }

  all(): EngineModule[] {
    return [...this.modules.values()];
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
