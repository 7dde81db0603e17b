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
 * A native first state that no run-time mechanism undoes (a host without devices, a screen source that
 * fails to start: launch switches), for a sequence whose point is that it goes away: the state is
 * emulated for this sequence instead (the engine's own exception at the page boundary, over a browser
 * that can capture) and the rejection lifted when the cause goes (`lifted`, e.g. "a camera and
 * microphone connected"). Emulated, both phases, with the reason.
 */
export function liftedAfterEmulatedStart(cell: Cell, emulatedStart: Condition, lifted: string, why: string, runners: Runners): Recovery {
  const r = emulatedStart.emulatedRejection!;
  return {
    action: cell.sequence!.action,
    to: cell.sequence!.to,
    fidelity: 'emulated',
    mechanism: `the page-boundary rejection of ${r.api} lifted in the page (${lifted}), then the profile's retry`,
    why,
    liftRejection: true,
    firstPhase: {
      mechanism: emulatedStart.mechanism,
      launch: emulatedStart.launch,
      ...(emulatedStart.permissions ? { permissions: emulatedStart.permissions } : {}),
      fidelity: 'emulated',
      why,
      emulatedRejection: r,
      expected: emulatedStart.expected,
    },
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
  return nothingChanges(cell, `nothing changes in the browser (${why}); the profile's retry`, first.expected, runners);
}

/** Nothing changes in the browser: the user's retry meets the browser's own answer again (a prompt shown again, or a refusal without one). */
export function nothingChanges(cell: Cell, mechanism: string, expected: Recovery['expected'], runners: Runners, firstPhase?: Recovery['firstPhase']): Recovery {
  return { action: cell.sequence!.action, to: cell.sequence!.to, fidelity: 'native', mechanism, runners, expected, ...(firstPhase ? { firstPhase } : {}) };
}

/** What else an emulated mid-session change does: take the devices away, or change the browser's own setting first. */
export interface EndedInPageOptions {
  /** An unplug: the devices go, and a new capture call gets this (the engine's no-device exception). */
  noDevice?: { name: string; message: string };
  /** A real setting the engine's driver changes first (new requests refused natively), in words and as data. */
  setting?: { mechanism: string; permissions: NonNullable<Recovery['permissions']> };
}

/**
 * A mid-session change that no run-time mechanism of the engine makes: the recording's tracks are ended
 * in the page the way the browser ends them (stopped, then the `ended` event it fires; an unplug also
 * takes the devices away). Emulated, with the reason.
 */
export function endedInPage(cell: Cell, why: string, runners: Runners, options: EndedInPageOptions = {}): Recovery {
  const { noDevice, setting } = options;
  const ended = `the page's live tracks stopped and each given the ended event the browser fires${noDevice ? `; the microphones and cameras removed from enumerateDevices, devicechange fired, a new getUserMedia refused with ${noDevice.name}` : ''}; the app is left alone`;
  return {
    action: cell.sequence!.action,
    to: cell.sequence!.to,
    fidelity: 'emulated',
    mechanism: setting ? `${setting.mechanism}; ${ended}` : ended,
    why,
    ...(setting ? { permissions: setting.permissions } : {}),
    endTracks: { devicesGone: !!noDevice, ...(noDevice ? { laterRejection: { name: noDevice.name, message: noDevice.message } } : {}) },
    runners,
    expected: { kind: 'tracks-ended', source: 'emulated: the page-boundary emulation ends each track and fires ended itself (track.stop() alone fires none)' },
  };
}
