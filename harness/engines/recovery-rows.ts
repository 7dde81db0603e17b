// The recovery steps every engine applies the same way, because the first phase was produced by the
// harness rather than by the browser: a stale device selection (the devices were there all along, the
// user picks one in the app) and a page-boundary rejection (lifted in the page: emulated, as its phase).
import type { Cell } from '../contract/cell.ts';
import type { Condition, Recovery } from '../contract/condition.ts';

type Runners = Recovery['runners'];

/** The browser's permission settings change for the app's origin (the engine's driver applies them). */
export function permissionChange(cell: Cell, permissions: NonNullable<Recovery['permissions']>, mechanism: string, runners: Runners): Recovery {
  return { action: cell.sequence!.action, to: cell.sequence!.to, fidelity: 'native', mechanism, permissions, runners, expected: { kind: 'success' } };
}

/** Nothing changes in the browser: the stale selection was the app's, and the profile's own actions fix it. */
export function inAppOnly(cell: Cell, first: Condition, runners: Runners): Recovery | { unavailable: string } {
  if (!first.placement.staleDevice) return { unavailable: `${cell.sequence!.action} needs a first phase made by a stale device selection; this one is ${first.mechanism}` };
  return {
    action: cell.sequence!.action,
    to: cell.sequence!.to,
    fidelity: 'native',
    mechanism: "nothing changes in the browser (its devices were connected all along): the profile's selectOtherDevice actions, then its retry",
    runners,
    expected: { kind: 'success' },
  };
}

/** The first phase's page-boundary rejection stops, as if the other app let go: emulated, like that phase. */
export function liftedRejection(cell: Cell, first: Condition, runners: Runners): Recovery | { unavailable: string } {
  if (!first.emulatedRejection) return { unavailable: `${cell.sequence!.action} lifts a page-boundary rejection; this first phase is native (${first.mechanism}) and no run-time mechanism undoes it` };
  return {
    action: cell.sequence!.action,
    to: cell.sequence!.to,
    fidelity: 'emulated',
    mechanism: `the page-boundary rejection of ${first.emulatedRejection.api} lifted in the page (the other app let go of the device), then the profile's retry`,
    why: 'no browser mechanism holds the device here, so none can release it',
    liftRejection: true,
    runners,
    expected: { kind: 'success' },
  };
}

/**
 * A block that lasts: nothing changes in the browser, and the retry must be refused again the same way.
 * Native when the first refusal was the browser's own setting; an emulated first phase proves nothing
 * about the browser here, so it is unavailable rather than emulated a second time.
 */
export function refusedAgain(cell: Cell, first: Condition, runners: Runners, why: string): Recovery | { unavailable: string } {
  if (first.fidelity !== 'native' || first.emulatedRejection || first.expected.kind !== 'exception') return { unavailable: `${cell.sequence!.action} needs the browser's own refusal in the first phase; this one is ${first.mechanism}` };
  return { action: cell.sequence!.action, to: cell.sequence!.to, fidelity: 'native', mechanism: `nothing changes in the browser (${why}); the profile's retry`, runners, expected: first.expected };
}
