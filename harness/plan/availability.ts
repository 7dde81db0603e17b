// Which engine/runner pairs this host can drive, and how to install what is missing: read from each
// engine plug-in's declared needs (binaries per runner) and the runners it can never use here.
import type { EngineModule } from '../contract/engine-module.ts';
import type { ExecutableSpec } from '../contract/executable-spec.ts';
import { findExecutable } from '../host/find-executable.ts';

export interface Availability {
  engine: string;
  runner: string;
  ok: boolean;
  /** False for pairs that cannot work on this kind of host at all (not an install away). */
  supported: boolean;
  /** Binaries found, or the install advice for the first missing one. */
  detail: string;
  needs: readonly ExecutableSpec[];
}

const cache = new WeakMap<EngineModule, Map<string, Availability>>();

export function availability(engine: EngineModule, runner: string): Availability {
  const perEngine = cache.get(engine) ?? new Map<string, Availability>();
  cache.set(engine, perEngine);
  const hit = perEngine.get(runner);
  if (hit) return hit;
  let a: Availability;
  const support = engine.runners[runner];
  if (!support) {
    const why = engine.unsupported?.[runner] ?? `${engine.label} has no driver for ${runner} (it runs on ${Object.keys(engine.runners).join(', ')})`;
    a = { engine: engine.name, runner, ok: false, supported: false, detail: why, needs: [] };
  } else {
    const missing = support.needs.find((n) => !findExecutable(n));
    a = missing
      ? { engine: engine.name, runner, ok: false, supported: true, detail: `${missing.what} not found; install: ${missing.install}`, needs: support.needs }
      : { engine: engine.name, runner, ok: true, supported: true, detail: support.needs.map((n) => findExecutable(n)).join(', '), needs: support.needs };
  }
  perEngine.set(runner, a);
  return a;
}
