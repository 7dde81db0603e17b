// The page-boundary emulation shared by every engine: used only where the engine has no mechanism
// for the state on this host. The browser is otherwise in the granted state (so enumerateDevices and
// permissions.query stay real), and getUserMedia/getDisplayMedia reject with the engine's own exception.
import type { Cell } from '../../contract/cell.ts';
import type { Condition } from '../../contract/condition.ts';
import type { EngineMessage } from '../../contract/engine-module.ts';
import { apiOf } from '../capture-kind.ts';

export type { EngineMessage };

/** The browser in its granted state, with the page made to behave as the state needs (both helpers below). */
function onGranted(cell: Cell, granted: Pick<Condition, 'launch' | 'permissions'>, mechanism: string, why: string) {
  return { state: cell.state, fidelity: 'emulated' as const, mechanism, why, launch: granted.launch, permissions: granted.permissions, placement: {} };
}

export function emulated(
  cell: Cell,
  granted: Pick<Condition, 'launch' | 'permissions' | 'mechanism'>,
  exception: EngineMessage,
  why: string,
): Condition {
  const api = apiOf(cell.mode);
  return {
    ...onGranted(cell, granted, `page-boundary rejection of ${api} with ${exception.name} "${exception.message}" (browser otherwise granted: ${granted.mechanism})`, why),
    emulatedRejection: { api, name: exception.name, message: exception.message },
    expected: { kind: 'exception', ...exception },
  };
}

/**
 * A browser the app must recognise as unsupported for this mode because the real browser lacks the
 * capture API (every phone lacks getDisplayMedia): the API is removed from the page before any script,
 * the browser is otherwise granted, and the page must make no capture call. Emulated: the engine build
 * here has the API, the page is made not to.
 */
export function withoutCaptureApi(
  cell: Cell,
  granted: Pick<Condition, 'launch' | 'permissions' | 'mechanism'>,
  identity: string,
  why: string,
): Condition {
  const api = apiOf(cell.mode);
  return {
    ...onGranted(cell, granted, `${api} removed from the page before any script (navigator.mediaDevices.${api} undefined, as on the real browser); identity ${identity}; browser otherwise granted: ${granted.mechanism}`, why),
    absentApi: api,
    expected: { kind: 'no-capture-call', source: `the real browser ships no ${api} (mobile browsers cannot capture the screen)` },
  };
}
