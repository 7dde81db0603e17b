// WebKit's condition table, one row per state (WebKitGTK MiniBrowser through WebKitWebDriver). Under
// automation WebKit never prompts: it grants or refuses every capture request from the automation
// session's permission, which the harness's relay sets (permission-relay.ts), so a refusal is
// WebKit's own. The W3C Set Permission command answers 404. Devices (mock or none), origin and policy
// are native; the system layer and a busy device do not exist here and stay emulated.
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
const NO_SYSTEM_LAYER = 'no OS privacy layer on Linux: WebKitGTK has no system refusal to produce';
export const REFUSAL_ROUTE = "Automation.setSessionPermissions GetUserMedia=false, sent by the harness's relay on the WebKitWebDriver↔MiniBrowser inspector connection (WebKitWebDriver --target)";
const RELAY = `the automation session's capture permission set to deny (${REFUSAL_ROUTE}), so WebKit refuses through its own PermissionDenied path`;

function launch(l: WebKitLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

const granted = { launch: launch({ args: [MOCK] }), mechanism: `MiniBrowser ${MOCK} (the automation session allows capture)` };
const refused = { launch: launch({ args: [MOCK], getUserMedia: 'deny' }), mechanism: `MiniBrowser ${MOCK}; ${RELAY}` };
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
  denied: (cell) => ({ state: cell.state, placement: {}, ...refused, fidelity: 'native', expected: { kind: 'exception', ...M.notAllowed } }),
  // WebKit has one refusal: a dismissed prompt and a denial both end in PermissionDenied and the same
  // NotAllowedError, so the dismissed cell is the denied refusal, and cannot be told apart from it.
  dismissed: (cell) => ({
    state: cell.state,
    placement: {},
    ...refused,
    mechanism: `${refused.mechanism}; WebKit answers a dismissed prompt exactly like a denial (one PermissionDenied path), so dismissed is indistinguishable from denied`,
    fidelity: 'native',
    expected: { kind: 'exception', ...M.notAllowed },
  }),
  'denied-by-system': (cell) => emulated(cell, granted, M.notAllowed, NO_SYSTEM_LAYER),
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
