// Where and with what a cell's browser is sent: the init scripts (an API the real browser lacks is
// removed first, so the probe finds it absent; the emulated rejection next, so the probe wraps it and
// records what the page really received; an emulated mid-session change's ended listeners next; then the probe) and the entry URL
// for the condition's placement (the app, the app on a non-secure hostname, or a wrapper page).
import { framedUrl, insecureUrl, isLoopback, withQuery } from '../app-profile/placement-urls.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { Stage } from '../contract/session.ts';
import { UNTRUSTED_ENDED_SCRIPT } from '../engines/end-tracks.ts';
import { absentApiScript, rejectionScript } from '../engines/page-rejection.ts';
import { PROBE_SCRIPT } from '../probe/probe-log.ts';

/** Before the app's own scripts, as Stryker's instrumented code reads it at its first line. */
const activeMutantScript = (id: string) => `(globalThis.__stryker__ = globalThis.__stryker__ || {}).activeMutant = ${JSON.stringify(id)};`;

export function initScriptsFor(plan: CellPlan, activeMutant?: string): string[] {
  const scripts: string[] = [];
  if (activeMutant !== undefined) scripts.push(activeMutantScript(activeMutant));
  if (plan.condition.absentApi) scripts.push(absentApiScript(plan.condition.absentApi));
  const r = plan.condition.emulatedRejection;
  if (r) scripts.push(rejectionScript(r));
  // Before the probe too: its own ended listener records the emulation's event like the app's hears it.
  if (plan.condition.recovery?.endTracks) scripts.push(UNTRUSTED_ENDED_SCRIPT);
  scripts.push(PROBE_SCRIPT);
  return scripts;
}

export interface CellEntry {
  /** Where the browser is sent (the app, or the wrapper page that frames it). */
  url: string;
  /** The app's own URL for this cell. */
  appUrl: string;
  /** With a wrapper page: the app frame is the one whose URL starts with this. */
  framePrefix?: string;
  /** The app is on an origin of this cell's own (see SessionRequest.isolatedOrigin). */
  isolated: boolean;
}

/**
 * `isolatedHost` (e.g. `c12.localhost`): give the cell an origin of its own when the app is served on
 * loopback, so a runner can reuse a warm page without storage or permissions leaking between cells.
 * The insecure-origin placement keeps its one non-secure hostname (it has no permission state), and a
 * cross-origin frame keeps the app's own origin.
 */
export function entryUrl(plan: CellPlan, stage: Stage, isolatedHost?: string): CellEntry {
  const p = plan.condition.placement;
  // A run's own query (an app variant) on top of the run's.
  let appUrl = plan.query ? withQuery(stage.appUrl, plan.query) : stage.appUrl;
  let isolated = false;
  if (p.insecureOrigin) appUrl = insecureUrl(appUrl);
  // A framed app stays on its own loopback origin in a fresh context: Firefox's framed app on a
  // *.localhost name made no capture call (measured), and the wrapper page is cross-origin anyway.
  else if (isolatedHost && isLoopback(stage.appUrl) && !p.crossOriginFrame) {
    const u = new URL(appUrl);
    u.hostname = isolatedHost;
    appUrl = u.toString();
    isolated = true;
  }
  if (p.crossOriginFrame) return { url: framedUrl(stage.frameHostOrigin, appUrl), framePrefix: new URL(appUrl).origin, appUrl, isolated };
  return { url: appUrl, appUrl, isolated };
}
