// Turns selected cells into runnable plans: the engine's condition, the runner, and any reason the
// cell cannot run here (a missing binary, a runner the engine declares it cannot use for that
// condition, a target that cannot express it): planned `unavailable`, reported as skipped, never passed.
import { actionRow } from '../../scenarios/axes.ts';
import type { LoadedTarget } from '../app-profile/load-profile.ts';
import { isLoopback } from '../app-profile/placement-urls.ts';
import type { Cell } from '../contract/cell.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { Condition } from '../contract/condition.ts';
import type { EngineModule } from '../contract/engine-module.ts';
import { engines as defaultEngines, type EngineRegistry } from '../engines/registry.ts';
import { matchesPattern } from '../matrix/expand.ts';
import { runners as defaultRunners } from '../runners/registry.ts';
import { availability } from './availability.ts';
import { assignEndpoints, type RemoteRunner } from './remote-endpoints.ts';

export interface PlanOptions {
  /** Restrict to these runners (default: each engine's preferred available runner). */
  runners?: string[];
  /** Resolved app URL, to check placement needs (insecure origin needs loopback). */
  appUrl?: string;
  engines?: EngineRegistry;
  /**
   * Remote runners standing in for local ones, keyed by the local runner (`--grid` gives
   * `{ webdriverio: { runner: 'grid', endpoints: [url] } }`): every cell that would run on the local
   * runner goes to the remote one.
   */
  remote?: Readonly<Record<string, RemoteRunner>>;
  /** Runners that only run with endpoints (default: the runner registry's remote runners). */
  remoteRunners?: ReadonlySet<string>;
}

function targetGap(cell: Cell, condition: Condition, target: LoadedTarget, appUrl?: string): string | undefined {
  const p = target.profile;
  if (!p.modes[cell.mode]) return `target profile "${p.name}" has no way to pick mode ${cell.mode}`;
  if (condition.placement.staleDevice && !p.staleDevice) return `target profile "${p.name}" has no staleDevice actions, so a stale device selection cannot be produced`;
  if (condition.placement.insecureOrigin && appUrl && !p.serve && !isLoopback(appUrl)) return `insecure-context needs a loopback target; ${appUrl} is not`;
  if (cell.sequence) {
    // The recovery's app side comes from the profile only: without its actions the step cannot be taken.
    const a = actionRow(cell.sequence.action);
    if (a.selectsDevice && !p.selectOtherDevice) return `target profile "${p.name}" has no selectOtherDevice actions, so the user cannot pick another device in the app (${a.id})`;
    if (a.app === 'retry' && !p.retry) return `target profile "${p.name}" has no retry actions, so the user cannot try again after ${a.id}`;
  }
  return undefined;
}

/** Why this runner cannot apply the recovery step of the cell (the engine's recovery row names the runners that can). */
function recoveryLimit(engine: EngineModule, runner: string, condition: Condition): string | undefined {
  const r = condition.recovery;
  if (!r || r.runners.includes(runner)) return undefined;
  return `recovery on ${engine.label} via ${runner} not implemented yet: only ${r.runners.join(', ')} applies ${r.action} between the two phases (run it with --runner ${r.runners[0]})`;
}

/** Why this runner cannot set up this cell's condition on this engine (the engine's declared limits). */
function runnerLimit(engine: EngineModule, runner: string, cell: Cell): string | undefined {
  // Limits that depend on where the endpoint is are checked once it is chosen (remote-endpoints.ts).
  const limit = engine.limits?.find((l) => l.runner === runner && !l.endpoint && matchesPattern(cell, l.when));
  return limit ? `${engine.label} via ${runner} cannot set up this condition: ${limit.why}` : undefined;
}

export function planCells(cells: Cell[], target: LoadedTarget, opts: PlanOptions = {}): CellPlan[] {
  const registry = opts.engines ?? defaultEngines;
  const remoteRunners = opts.remoteRunners ?? defaultRunners.remoteNames();
  const standIn = (r: string) => opts.remote?.[r]?.runner ?? r;
  const plans: CellPlan[] = [];
  for (const cell of cells) {
    const engine = registry.get(cell.engine);
    const condition = registry.condition(cell);
    // A remote runner is never a choice of its own: it takes the cells of the local runner it stands in for.
    const own = Object.keys(engine.runners).filter((r) => !remoteRunners.has(r));
    const candidates = [...new Set(own.filter((r) => !opts.runners || opts.runners.includes(r)).map(standIn))];
    if (!candidates.length) {
      plans.push({ cell, runner: standIn(opts.runners![0]!), condition, unavailable: `${engine.label} is not driven by ${opts.runners!.join('/')} (it runs on ${own.join(', ')})` });
      continue;
    }
    // With an explicit runner list every listed runner runs the cell (same cell compared across runners);
    // otherwise the first runner that is available here and can set up the condition.
    const usable = (r: string) => availability(engine, r).ok && !runnerLimit(engine, r, cell) && !recoveryLimit(engine, r, condition);
    const chosen = opts.runners ? candidates : [candidates.find(usable) ?? candidates[0]!];
    for (const runner of chosen) {
      const avail = availability(engine, runner);
      let unavailable: string | undefined;
      if (!avail.ok) unavailable = `${engine.name} via ${runner} cannot run on this host: ${avail.detail}`;
      else if (condition.fidelity === 'unavailable') unavailable = condition.why ?? condition.mechanism;
      else unavailable = runnerLimit(engine, runner, cell) ?? recoveryLimit(engine, runner, condition) ?? targetGap(cell, condition, target, opts.appUrl);
      plans.push({ cell, runner, condition, ...(unavailable ? { unavailable } : {}) });
    }
  }
  const remote = Object.values(opts.remote ?? {});
  return remote.length ? assignEndpoints(plans, remote, { ...(opts.appUrl ? { appUrl: opts.appUrl } : {}), servedHere: !!target.profile.serve && !/^https?:/.test(opts.appUrl ?? '') }, registry) : plans;
}
