// WebKit's condition table, one row per state (WebKitGTK MiniBrowser through WebKitWebDriver). Under
// automation WebKit grants every capture request and the W3C Set Permission command answers 404, so
// refusals are emulated with WebKit's own messages; devices (mock or none), origin and policy are native.
import type { State } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { ConditionRow } from '../../contract/engine-module.ts';
import { captureKindOf } from '../capture-kind.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import type { WebKitLaunch } from './capabilities.ts';
import { WEBKIT_MESSAGES as M } from './messages.ts';

const MOCK = '--enable-mock-capture-devices=true';
const NO_REFUSAL = 'WebKit under automation grants every capture request and answers the W3C Set Permission command with 404';

function launch(l: WebKitLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

const granted = { launch: launch({ args: [MOCK] }), mechanism: `MiniBrowser ${MOCK} (automation grants every capture request)` };
const startFailure = (cell: Cell) => (captureKindOf(cell.mode) === 'display' || cell.mode !== 'audio-only' ? M.videoStart : M.audioStart);

export const WEBKIT_CONDITIONS: Record<State, ConditionRow> = {
  granted: (cell) => ({ state: cell.state, placement: {}, ...granted, fidelity: 'native', expected: { kind: 'success' } }),
  denied: (cell) => emulated(cell, granted, M.notAllowed, NO_REFUSAL),
  dismissed: (cell) => emulated(cell, granted, M.notAllowed, `${NO_REFUSAL}; a dismissed prompt reads like a denial in WebKit`),
  'denied-by-system': (cell) => emulated(cell, granted, M.notAllowed, `${NO_REFUSAL}; no OS privacy layer on Linux`),
  'device-busy': (cell) => emulated(cell, granted, startFailure(cell), 'mock capture devices cannot be held by another app'),
  'no-device': (cell) => ({
    state: cell.state,
    placement: {},
    fidelity: 'native',
    mechanism: 'MiniBrowser without mock capture devices (host without devices)',
    launch: launch({ args: [] }),
    expected: { kind: 'exception', ...M.invalidConstraint },
  }),
  'wrong-device': (cell) => staleDevice(cell, granted, { kind: 'exception', ...M.invalidConstraint }),
  'insecure-context': (cell) => insecureOrigin(cell, granted, '--proxy → the harness proxy maps it to 127.0.0.1', 'WebKitGTK 2.50'),
  'policy-blocked': (cell) => crossOriginFrame(cell, granted, { kind: 'exception', ...M.notAllowed }),
};
