// WebKit's condition table, one row per state (WebKitGTK MiniBrowser through WebKitWebDriver). Under
// automation WebKit grants every capture request and the W3C Set Permission command answers 404, so
// refusals are emulated with WebKit's own messages; devices (mock or none), origin and policy are native.
import type { State } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { Condition } from '../../contract/condition.ts';
import type { ConditionRow } from '../../contract/engine-module.ts';
import { captureKindOf } from '../capture-kind.ts';
import { emulated, withoutCaptureApi } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import type { WebKitLaunch } from './capabilities.ts';
import { OLD_SAFARI, webkitIdentity } from './identity.ts';
import { WEBKIT_MESSAGES as M } from './messages.ts';

const MOCK = '--enable-mock-capture-devices=true';
const NO_REFUSAL = 'WebKit under automation grants every capture request and answers the W3C Set Permission command with 404';

function launch(l: WebKitLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

const granted = { launch: launch({ args: [MOCK] }), mechanism: `MiniBrowser ${MOCK} (automation grants every capture request)` };
const NO_OLD_SAFARI = 'no Safari 13 build runs here: the identity is a user-agent string worn by WebKitGTK 2.50, whose capture APIs are today\'s';

/**
 * Safari 13.1 on macOS or iOS: the identity alone (its user agent and version). Real Safari 13.1 has
 * getUserMedia and, on macOS, getDisplayMedia, so nothing is taken from the page (except the screen
 * capture no iPhone has): the app must recognise the version from the user agent and not ask.
 */
function oldSafari(cell: Cell): Condition {
  const ua = cell.os === 'ios' ? OLD_SAFARI.ios : OLD_SAFARI.macos;
  const wearing = { launch: launch({ args: [MOCK], userAgent: ua }), mechanism: `${granted.mechanism}, --user-agent "${ua}"` };
  const identity = `Safari ${OLD_SAFARI.version} on ${cell.os} by user-agent override only`;
  if (captureKindOf(cell.mode) === 'display' && cell.os === 'ios') return withoutCaptureApi(cell, wearing, identity, `${NO_OLD_SAFARI}; and no iPhone has getDisplayMedia`);
  return {
    state: cell.state,
    fidelity: 'emulated',
    mechanism: `user-agent override only: Safari ${OLD_SAFARI.version} on ${cell.os} ("${ua}"), capture APIs left as WebKitGTK has them (Safari ${OLD_SAFARI.version} has them too): the app must recognise the version from the user agent; ${granted.mechanism}`,
    why: NO_OLD_SAFARI,
    launch: wearing.launch,
    placement: {},
    expected: { kind: 'no-capture-call', source: 'the articles: "Please do not use Safari v13 or lower, including on iOS devices"' },
  };
}

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
  'unsupported-browser': (cell) =>
    cell.browser === 'safari'
      ? oldSafari(cell)
      : withoutCaptureApi(cell, granted, `${cell.browser} on ${cell.os} (${webkitIdentity(cell.browser, cell.os).userAgent})`, 'WebKitGTK has getDisplayMedia; no iOS browser does'),
};
