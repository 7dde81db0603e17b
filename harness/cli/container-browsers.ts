// `--browsers-from containers [--nodes N]`: the run's remote browsers in containers on this machine,
// built and started by testcontainers (harness/host/containers): a Selenium Grid 4 hub with N nodes
// for each engine whose cells go to `--grid`, and N Playwright browser servers for the cells that go
// to `--browser-server`. It only fills in those two flags' endpoints, so the cells take the same
// remote path as on any other Grid or server; without a Docker engine they are planned unavailable
// with the reason (doctor says how to enable it).
import { endpointForReport } from '../contract/remote-browser.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { ContainerLog } from '../report/attach-container-logs.ts';
import { runners } from '../runners/registry.ts';
import { UsageError } from '../util/errors.ts';
import type { Flags } from './parse-args.ts';

export const BROWSERS_FROM = ['local', 'containers'] as const;
const MAX_NODES = 8;

/** `--browsers-from` and `--nodes`, checked; undefined when the browsers are this machine's own. */
export function containersFromFlags(flags: Flags): { nodes: number } | undefined {
  const from = flags['browsers-from'];
  if (from !== undefined && !(BROWSERS_FROM as readonly string[]).includes(from)) throw new UsageError(`--browsers-from expects ${BROWSERS_FROM.join(' or ')}, got "${from}"`);
  if (from !== 'containers') {
    if (flags.nodes !== undefined) throw new UsageError('--nodes needs --browsers-from containers (it is how many containers serve each engine)');
    return undefined;
  }
  const remoteFlags = runners.all().flatMap((r) => (r.remote ? [r.remote.flag] : []));
  const given = remoteFlags.find((f) => (flags as Record<string, unknown>)[f] !== undefined);
  if (given) throw new UsageError(`--browsers-from containers starts its own endpoints: leave out --${given}`);
  const nodes = flags.nodes === undefined ? 1 : Number(flags.nodes);
  if (!/^\d+$/.test(flags.nodes ?? '1') || nodes < 1 || nodes > MAX_NODES) throw new UsageError(`--nodes expects a number from 1 to ${MAX_NODES}, got "${flags.nodes}"`);
  return { nodes };
}

/**
 * Loopback stand-ins for endpoints that do not exist yet: planning decides the same for any loopback
 * endpoint, so the plan says which cells need which containers before one is started.
 */
export function withStandInEndpoints(flags: Flags, nodes: number): Flags {
  const out: Record<string, unknown> = { ...flags };
  for (const r of runners.all()) {
    if (!r.remote) continue;
    const count = r.remote.several ? nodes : 1;
    out[r.remote.flag] = Array.from({ length: count }, (_, i) => standIn(r.remote!.schemes[0]!, i)).join(',');
  }
  return out as Flags;
}

const standIn = (scheme: string, i: number) => `${scheme}//127.0.0.1:${1 + i}/`;

/** What the stand-in plan needs started: nodes per engine for the Grid, and whether browser servers. */
export function containerNeeds(plans: readonly CellPlan[]): { gridEngines: string[]; browserServers: boolean } {
  const live = plans.filter((p) => !p.unavailable);
  const runnerFor = (flag: string) => runners.all().find((r) => r.remote?.flag === flag)?.name;
  return {
    gridEngines: [...new Set(live.filter((p) => p.runner === runnerFor('grid')).map((p) => p.cell.engine))].sort(),
    browserServers: live.some((p) => p.runner === runnerFor('browser-server')),
  };
}

/** Each stand-in endpoint replaced by the started container's, or the cell unavailable with `why`. */
export function resolveStandIns(plans: CellPlan[], real: { grid?: string; browserServers?: string[] } | { unavailable: string }): CellPlan[] {
  return plans.map((p) => {
    if (!p.endpoint || !/^[a-z]+:\/\/127\.0\.0\.1:\d\/$/.test(p.endpoint)) return p;
    if ('unavailable' in real) return p.unavailable ? p : { ...p, unavailable: `--browsers-from containers: ${real.unavailable}` };
    const i = Number(/:(\d)\/$/.exec(p.endpoint)![1]) - 1;
    const endpoint = p.endpoint.startsWith('ws') ? real.browserServers?.[i] : real.grid;
    if (!endpoint) return p.unavailable ? p : { ...p, unavailable: '--browsers-from containers: no container was started for this cell' };
    return { ...p, endpoint };
  });
}

export interface ContainerBrowsers {
  grid?: string;
  browserServers?: string[];
  /** Every container's log so far, with the runner (and endpoint) it served. */
  logs(): Promise<ContainerLog[]>;
  stop(): Promise<void>;
}

/** Builds the image if its tag is missing, then starts what the plan needs; progress lines through `log`. */
export async function startContainerBrowsers(needs: ReturnType<typeof containerNeeds>, nodes: number, log: (line: string) => void): Promise<ContainerBrowsers> {
  const containers = await import('../host/containers/index.ts');
  const image = await containers.ensureBrowserNodesImage(log);
  const gridRunner = runners.all().find((r) => r.remote?.flag === 'grid')!.name;
  const serverRunner = runners.all().find((r) => r.remote?.flag === 'browser-server')!.name;
  const [grid, servers] = await Promise.all([
    needs.gridEngines.length ? containers.startGrid({ nodes: Object.fromEntries(needs.gridEngines.map((e) => [e, nodes])), image, log }) : undefined,
    needs.browserServers ? containers.startBrowserServers({ count: nodes, image, log }) : undefined,
  ]).catch(async (e: unknown) => {
    await containers.stopAllContainers();
    throw e;
  });
  return {
    ...(grid ? { grid: `${grid.url}/` } : {}),
    ...(servers ? { browserServers: servers.endpoints } : {}),
    async logs() {
      const out: ContainerLog[] = [];
      for (const [name, text] of Object.entries((await grid?.logs()) ?? {})) out.push({ name, text, runner: gridRunner });
      for (const [name, text] of Object.entries((await servers?.logs()) ?? {})) {
        const endpoint = servers!.endpoints.find((e) => name.endsWith(`-${new URL(e).port}`));
        out.push({ name, text, runner: serverRunner, ...(endpoint ? { endpoint: endpointForReport(endpoint) } : {}) });
      }
      return out;
    },
    async stop() {
      await Promise.all([grid?.stop(), servers?.stop()]);
    },
  };
}
