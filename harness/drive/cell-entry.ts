// Where and with what a cell's browser is sent: the init scripts (the emulated rejection first, so
// the probe wraps it and records what the page really received; then the probe) and the entry URL
// for the condition's placement (the app, the app on a non-secure hostname, or a wrapper page).
import { framedUrl, insecureUrl } from '../app-profile/placement-urls.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { Stage } from '../contract/session.ts';
import { rejectionScript } from '../engines/page-rejection.ts';
import { PROBE_SCRIPT } from '../probe/probe-log.ts';

export function initScriptsFor(plan: CellPlan): string[] {
  const scripts: string[] = [];
  const r = plan.condition.emulatedRejection;
  if (r) scripts.push(rejectionScript(r));
  scripts.push(PROBE_SCRIPT);
  return scripts;
}

export function entryUrl(plan: CellPlan, stage: Stage): { url: string; framePrefix?: string; appUrl: string } {
  const p = plan.condition.placement;
  const appUrl = p.insecureOrigin ? insecureUrl(stage.appUrl) : stage.appUrl;
  if (p.crossOriginFrame) return { url: framedUrl(stage.frameHostOrigin, appUrl), framePrefix: new URL(appUrl).origin, appUrl };
  return { url: appUrl, appUrl };
}
