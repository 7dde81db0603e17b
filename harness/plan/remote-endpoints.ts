// Cells sent to remote endpoints (`--grid`, `--browser-server`): which endpoint serves each cell, and
// why a cell cannot run there. Endpoints are given out per launch group, round-robin in the launch
// groups' run order, so every worker process (and every rerun) agrees and the groups spread evenly.
// Reachability: a browser on another host cannot reach the harness's loopback servers, and a plain
// http app on a host other than localhost is not a secure context (no capture API at all there).
import { isLoopback } from '../app-profile/placement-urls.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import { endpointForReport } from '../contract/remote-browser.ts';
import type { EngineRegistry } from '../engines/registry.ts';
import { matchesPattern } from '../matrix/expand.ts';
import { launchGroupKey, orderByLaunchGroup } from './launch-groups.ts';

/** A remote runner standing in for a local one this run, with its endpoints. */
export interface RemoteRunner {
  runner: string;
  endpoints: string[];
}

export interface AppLocation {
  /** The app's URL as the browser will be sent to it (absent: the profile's served folder on loopback). */
  appUrl?: string;
  /** The app is served by the harness on this machine's loopback. */
  servedHere: boolean;
}

const TUNNELS =
  "serve the app at an https URL that host reaches (--url https://…), or reach this machine through a tunnel (a cloud grid's own tunnel, Playwright's connect({ exposeNetwork }))";

/** Why a browser at `endpoint` cannot open this run's app as a secure context, if it cannot. */
export function reachabilityGap(endpoint: string, app: AppLocation): string | undefined {
  if (isLoopback(endpoint)) return undefined;
  const host = new URL(endpoint).host;
  if (app.servedHere || (app.appUrl && isLoopback(app.appUrl))) {
    return `the endpoint ${host} is on another host, and ${app.appUrl && !app.servedHere ? `the app ${app.appUrl}` : 'the app the harness serves'} is on this machine's loopback, which it cannot reach: ${TUNNELS}`;
  }
  if (app.appUrl && new URL(app.appUrl).protocol !== 'https:') return `the endpoint ${host} is on another host, where ${app.appUrl} (plain http, not localhost) is not a secure context and has no capture API: ${TUNNELS}`;
  return undefined;
}

/** Gives each remote cell its endpoint, and plans it unavailable where the endpoint cannot serve it. */
export function assignEndpoints(plans: CellPlan[], remote: readonly RemoteRunner[], app: AppLocation, registry: EngineRegistry): CellPlan[] {
  const endpointOf = new Map<string, string>();
  for (const { runner, endpoints } of remote) {
    const groups = [...new Set(orderByLaunchGroup(plans.filter((p) => p.runner === runner)).map(launchGroupKey))];
    groups.forEach((g, i) => endpointOf.set(g, endpoints[i % endpoints.length]!));
  }
  return plans.map((p) => {
    const endpoint = endpointOf.get(launchGroupKey(p));
    if (!endpoint) return p;
    if (p.unavailable) return { ...p, endpoint };
    const engine = registry.get(p.cell.engine);
    const remoteHost = !isLoopback(endpoint);
    const limit = engine.limits?.find((l) => l.runner === p.runner && l.endpoint === 'non-loopback' && remoteHost && matchesPattern(p.cell, l.when));
    const unavailable = limit
      ? `${engine.label} via ${p.runner} at ${endpointForReport(endpoint)} cannot set up this condition: ${limit.why}`
      : reachabilityGap(endpoint, app);
    return { ...p, endpoint, ...(unavailable ? { unavailable } : {}) };
  });
}
