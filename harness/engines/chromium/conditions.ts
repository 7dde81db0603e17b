// Chromium's condition table: for each state, how the real browser is put into it and what the page
// then observes. Native wherever a launch switch or CDP command produces the state here; emulated only
// where Chromium on Linux has no mechanism (OS privacy denial, a camera held by another app).
import type { Cell } from '../../matrix/cell.ts';
import type { Condition } from '../condition.ts';
import { captureKindOf, permissionsOf } from '../capture-kind.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import { busyMessage, CHROMIUM_MESSAGES as M } from './messages.ts';
import type { ChromiumLaunch } from './launch-options.ts';

const FAKE_DEVICE = '--use-fake-device-for-media-stream';
const FAKE_UI = '--use-fake-ui-for-media-stream';

function permissionsFor(cell: Cell, setting: 'granted' | 'denied' | 'prompt'): Condition['permissions'] {
  return Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, setting]));
}

function launch(l: ChromiumLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

export function chromiumCondition(cell: Cell): Condition {
  const display = captureKindOf(cell.mode) === 'display';
  const base = { state: cell.state, placement: {} };
  // Screen share has no persistable grant: the picker is auto-accepted by the fake UI switch.
  const granted = display
    ? { launch: launch({ args: [FAKE_DEVICE, FAKE_UI] }), mechanism: `${FAKE_UI} + ${FAKE_DEVICE} (picker auto-accepted)` }
    : { launch: launch({ args: [FAKE_DEVICE] }), permissions: permissionsFor(cell, 'granted'), mechanism: `cdp Browser.setPermission granted + ${FAKE_DEVICE}` };

  switch (cell.state) {
    case 'granted':
      return { ...base, ...granted, fidelity: 'native', expected: { kind: 'success' } };
    case 'denied':
      if (display) {
        // CDP display-capture `denied` only changes permissions.query (the call stays pending, measured);
        // the fake picker told to deny goes through Chromium's own refusal path.
        return {
          ...base,
          fidelity: 'native',
          mechanism: `${FAKE_UI}=deny + ${FAKE_DEVICE} (the picker answers with a refusal)`,
          launch: launch({ args: [FAKE_DEVICE, `${FAKE_UI}=deny`] }),
          expected: { kind: 'exception', ...M.denied },
        };
      }
      return {
        ...base,
        fidelity: 'native',
        mechanism: `cdp Browser.setPermission denied (${permissionsOf(cell.mode).join(', ')})`,
        launch: launch({ args: [FAKE_DEVICE] }),
        permissions: permissionsFor(cell, 'denied'),
        expected: { kind: 'exception', ...M.denied },
      };
    case 'dismissed':
      if (display) {
        return {
          ...base,
          fidelity: 'native',
          mechanism: 'headed Chromium under Xvfb shows the real screen picker; xdotool presses Escape in it',
          launch: launch({ args: [FAKE_DEVICE], headed: true, dismissPicker: true }),
          expected: { kind: 'exception', ...M.deniedByUser },
        };
      }
      return {
        ...base,
        fidelity: 'native',
        mechanism: 'cdp Browser.setPermission prompt (Chromium answers the unanswerable prompt as dismissed)',
        launch: launch({ args: [FAKE_DEVICE] }),
        permissions: permissionsFor(cell, 'prompt'),
        expected: { kind: 'exception', ...M.dismissed },
      };
    case 'denied-by-system': {
      const m = M.deniedBySystem;
      return emulated(cell, granted, m, 'no switch or CDP command makes Chromium on Linux report an OS privacy denial');
    }
    case 'device-busy':
      if (display) {
        return {
          ...base,
          fidelity: 'native',
          mechanism: `${FAKE_UI} without ${FAKE_DEVICE}: the screen source fails to start (NotReadableError)`,
          launch: launch({ args: [FAKE_UI] }),
          expected: { kind: 'exception', ...M.videoStartFailure },
        };
      }
      return emulated(cell, granted, busyMessage(cell.os, cell.mode === 'audio-only'), 'no switch or fake device makes Chromium report a camera/microphone held by another app (fake files and suspended sources give NotFoundError or success)');
    case 'no-device':
      return {
        ...base,
        fidelity: 'native',
        mechanism: `cdp Browser.setPermission granted, no ${FAKE_DEVICE} (host without capture devices)`,
        launch: launch({ args: [] }),
        permissions: permissionsFor(cell, 'granted'),
        expected: { kind: 'exception', ...M.noDevice },
      };
    case 'wrong-device':
      return staleDevice(cell, granted, { kind: 'exception', ...M.overconstrained });
    case 'insecure-context':
      // No permission override: Chromium refuses to grant capture to a non-secure origin at all.
      return insecureOrigin(cell, { ...granted, permissions: undefined }, '--host-resolver-rules maps it to 127.0.0.1', 'Chromium 156');
    case 'policy-blocked':
      return crossOriginFrame(cell, granted, { kind: 'exception', ...(display ? M.policyDisplay : M.denied) });
  }
}
