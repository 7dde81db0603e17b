// WebKit's condition table (WebKitGTK MiniBrowser through WebKitWebDriver). Under automation WebKit
// grants every capture request and the W3C Set Permission command answers 404, so refusals are
// emulated with WebKit's own messages; devices (mock or none), origin and policy are native.
import type { Cell } from '../../matrix/cell.ts';
import type { Condition } from '../condition.ts';
import { captureKindOf } from '../capture-kind.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import { WEBKIT_MESSAGES as M } from './messages.ts';
import type { WebKitLaunch } from './capabilities.ts';

const MOCK = '--enable-mock-capture-devices=true';

function launch(l: WebKitLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

export function webkitCondition(cell: Cell): Condition {
  const display = captureKindOf(cell.mode) === 'display';
  const base = { state: cell.state, placement: {} };
  const granted = { launch: launch({ args: [MOCK] }), mechanism: `MiniBrowser ${MOCK} (automation grants every capture request)` };
  const noRefusal = 'WebKit under automation grants every capture request and answers the W3C Set Permission command with 404';

  switch (cell.state) {
    case 'granted':
      return { ...base, ...granted, fidelity: 'native', expected: { kind: 'success' } };
    case 'denied':
      return emulated(cell, granted, M.notAllowed, noRefusal);
    case 'dismissed':
      return emulated(cell, granted, M.notAllowed, `${noRefusal}; a dismissed prompt reads like a denial in WebKit`);
    case 'denied-by-system':
      return emulated(cell, granted, M.notAllowed, `${noRefusal}; no OS privacy layer on Linux`);
    case 'device-busy':
      return emulated(cell, granted, display || cell.mode !== 'audio-only' ? M.videoStart : M.audioStart, 'mock capture devices cannot be held by another app');
    case 'no-device':
      return { ...base, fidelity: 'native', mechanism: 'MiniBrowser without mock capture devices (host without devices)', launch: launch({ args: [] }), expected: { kind: 'exception', ...M.invalidConstraint } };
    case 'wrong-device':
      return staleDevice(cell, granted, { kind: 'exception', ...M.invalidConstraint });
    case 'insecure-context':
      return insecureOrigin(cell, granted, '--proxy → the harness proxy maps it to 127.0.0.1', 'WebKitGTK 2.50');
    case 'policy-blocked':
      return crossOriginFrame(cell, granted, { kind: 'exception', ...M.notAllowed });
  }
}
