// Flags → selection → plans: shared by `run`, `list` and `repro`.
import { loadTarget, type LoadedTarget } from '../app-profile/load-profile.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import { defaultTargetPath } from '../host/project-paths.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells, type Selection } from '../matrix/select.ts';
import { planCells } from '../plan/plan-cells.ts';
import { parseShard, readCellTimings, shardPlans, type Shard } from '../plan/shard.ts';
import { runners as runnerRegistry } from '../runners/registry.ts';
import { UsageError } from '../util/errors.ts';
import { csv, type Flags } from './parse-args.ts';
import { checkRunnerNames, remoteRunnersFromFlags } from './remote-flags.ts';
import { containersFromFlags, withStandInEndpoints } from './container-browsers.ts';

export interface Planned {
  plans: CellPlan[];
  target: LoadedTarget;
  targetPath: string;
  selection: Selection;
}

export function selectionFromFlags(positionals: string[], flags: Flags): Selection {
  const filters = {
    browser: csv(flags.browser),
    os: csv(flags.os),
    state: csv(flags.state),
    mode: csv(flags.mode),
    engine: csv(flags.engine),
  };
  const anyFilter = Object.values(filters).some(Boolean);
  // Nothing named: the smoke suite. Filters alone: over every valid cell (the release suite).
  const suite = flags.suite ?? (positionals.length ? undefined : anyFilter ? 'release' : 'smoke');
  return { suite, ids: positionals, filters };
}

export function planFromFlags(positionals: string[], flags: Flags): Planned {
  const selection = selectionFromFlags(positionals, flags);
  const cells = selectCells(loadMatrix(), selection);
  if (!cells.length) throw new UsageError('no cell matches that selection (try `permission-harness list` to see the cells)');
  const runners = csv(flags.runner);
  for (const r of runners ?? []) runnerRegistry.get(r);
  checkRunnerNames(runners, runnerRegistry);
  // `--browsers-from containers`: planned against loopback stand-ins; `run` starts the containers and swaps in their endpoints.
  const containers = containersFromFlags(flags);
  const remote = remoteRunnersFromFlags(containers ? withStandInEndpoints(flags, containers.nodes) : flags, runnerRegistry);
  const targetPath = flags.target ?? defaultTargetPath();
  const target = loadTarget(targetPath);
  // Where the browser will find the app: remote endpoints on another host cannot reach this machine's loopback.
  const appUrl = flags.url && /^https?:/.test(flags.url) ? flags.url : target.profile.serve ? undefined : target.profile.url;
  const plans = planCells(cells, target, { runners, remote, ...(appUrl ? { appUrl } : {}) });
  return { plans, target, targetPath, selection };
}

/**
 * `--shard i/n` (with `--shard-timings summary.json`): this job's piece of the whole plan. Every
 * shard job plans the same selection and cuts it the same way, so the pieces never overlap.
 */
export function shardFromFlags(plans: CellPlan[], flags: Flags): { plans: CellPlan[]; shard?: Shard; of: number } {
  if (flags['shard-timings'] !== undefined && flags.shard === undefined) throw new UsageError('--shard-timings needs --shard i/n');
  const shard = parseShard(flags.shard);
  if (!shard) return { plans, of: plans.length };
  const timings = flags['shard-timings'] !== undefined ? readCellTimings(flags['shard-timings']) : undefined;
  return { plans: shardPlans(plans, shard, timings), shard, of: plans.length };
}
