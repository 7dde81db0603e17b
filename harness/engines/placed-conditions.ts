// The states every engine produces the same way, by where and how the harness loads the app rather
// than by a browser switch: a stale device selection, a non-secure origin, a cross-origin frame.
// Each engine supplies only its granted setup and its own exception text.
import type { Cell } from '../contract/cell.ts';
import type { Condition, ExpectedObservation } from '../contract/condition.ts';

type Granted = Pick<Condition, 'launch' | 'permissions' | 'mechanism'>;

export function staleDevice(cell: Cell, granted: Granted, expected: ExpectedObservation): Condition {
  return {
    state: cell.state,
    ...granted,
    fidelity: 'native',
    mechanism: `${granted.mechanism}; the app is made to request a device id that does not exist (profile staleDevice)`,
    placement: { staleDevice: true },
    expected,
  };
}

/** `how` says how this engine reaches the non-secure hostname (resolver rule or the harness proxy). */
export function insecureOrigin(cell: Cell, granted: Granted, how: string, measured: string): Condition {
  return {
    state: cell.state,
    ...granted,
    fidelity: 'native',
    mechanism: `plain http on a non-localhost hostname (${how}): not a secure context`,
    placement: { insecureOrigin: true },
    expected: { kind: 'api-missing', source: `secure-context gating of navigator.mediaDevices; measured ${measured}` },
  };
}

export function crossOriginFrame(cell: Cell, granted: Granted, expected: ExpectedObservation): Condition {
  return {
    state: cell.state,
    ...granted,
    fidelity: 'native',
    mechanism: 'app loaded in a cross-origin iframe without allow="microphone; camera; display-capture"',
    placement: { crossOriginFrame: true },
    expected,
  };
}
