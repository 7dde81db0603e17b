// Chromium's condition table: one row per state, saying how the real browser is put into it and what
// the page then observes. Native wherever a launch switch or CDP command produces the state here;
// emulated only where Chromium on Linux has no mechanism (OS privacy denial, a camera held by another app).
import type { State } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { Condition } from '../../contract/condition.ts';
import type { ConditionRow } from '../../contract/engine-module.ts';
import { captureKindOf, permissionsOf } from '../capture-kind.ts';
import { emulated, withoutCaptureApi } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import { chromiumIdentity } from './identity.ts';
import type { ChromiumLaunch } from './launch-options.ts';
import { busyMessage, CHROMIUM_MESSAGES as M } from './messages.ts';

const FAKE_DEVICE = '--use-fake-device-for-media-stream';
const FAKE_UI = '--use-fake-ui-for-media-stream';

const isDisplay = (cell: Cell) => captureKindOf(cell.mode) === 'display';

function permissionsFor(cell: Cell, setting: 'granted' | 'denied' | 'prompt'): Condition['permissions'] {
  return Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, setting]));
}

function launch(l: ChromiumLaunch): Record<string, unknown> {
  return l as unknown as Record<string, unknown>;
}

/** The granted setup every other row starts from. Screen share has no persistable grant: the fake UI accepts the picker. */
function granted(cell: Cell) {
  return isDisplay(cell)
    ? { launch: launch({ args: [FAKE_DEVICE, FAKE_UI] }), mechanism: `${FAKE_UI} + ${FAKE_DEVICE} (picker auto-accepted)` }
    : { launch: launch({ args: [FAKE_DEVICE] }), permissions: permissionsFor(cell, 'granted'), mechanism: `cdp Browser.setPermission granted + ${FAKE_DEVICE}` };
}

const native = (cell: Cell, rest: Omit<Condition, 'state' | 'fidelity' | 'placement' | 'launch'> & { launch: Condition['launch'] }): Condition => ({
  state: cell.state,
  fidelity: 'native',
  placement: {},
  ...rest,
});

export const CHROMIUM_CONDITIONS: Record<State, ConditionRow> = {
  granted: (cell) => native(cell, { ...granted(cell), expected: { kind: 'success' } }),

  denied: (cell) =>
    isDisplay(cell)
      ? // CDP display-capture `denied` only changes permissions.query (the call stays pending, measured);
        // the fake picker told to deny goes through Chromium's own refusal path.
        native(cell, {
          mechanism: `${FAKE_UI}=deny + ${FAKE_DEVICE} (the picker answers with a refusal)`,
          launch: launch({ args: [FAKE_DEVICE, `${FAKE_UI}=deny`] }),
          expected: { kind: 'exception', ...M.denied },
        })
      : native(cell, {
          mechanism: `cdp Browser.setPermission denied (${permissionsOf(cell.mode).join(', ')})`,
          launch: launch({ args: [FAKE_DEVICE] }),
          permissions: permissionsFor(cell, 'denied'),
          expected: { kind: 'exception', ...M.denied },
        }),

  dismissed: (cell) =>
    isDisplay(cell)
      ? native(cell, {
          mechanism: 'headed Chromium under Xvfb shows the real screen picker; xdotool presses Escape in it',
          launch: launch({ args: [FAKE_DEVICE], headed: true, dismissPrompt: true }),
          expected: { kind: 'exception', ...M.deniedByUser, prompt: 'shown' },
        })
      : native(cell, {
          mechanism: 'cdp Browser.setPermission prompt (Chromium answers the unanswerable prompt as dismissed)',
          launch: launch({ args: [FAKE_DEVICE] }),
          permissions: permissionsFor(cell, 'prompt'),
          expected: { kind: 'exception', ...M.dismissed },
        }),

  'denied-by-system': (cell) => emulated(cell, granted(cell), M.deniedBySystem, 'no switch or CDP command makes Chromium on Linux report an OS privacy denial'),

  'device-busy': (cell) =>
    isDisplay(cell)
      ? native(cell, {
          mechanism: `${FAKE_UI} without ${FAKE_DEVICE}: the screen source fails to start (NotReadableError)`,
          launch: launch({ args: [FAKE_UI] }),
          expected: {
            kind: 'exception',
            ...M.videoStartFailure,
            alsoAccepted: [{ ...M.audioStartFailure, when: { audio: true }, why: "the page asked for the screen's audio too: both sources fail to start and which one Chromium names first is a race" }],
          },
        })
      : emulated(
          cell,
          granted(cell),
          busyMessage(cell.os, cell.mode === 'audio-only'),
          'no switch or fake device makes Chromium report a camera/microphone held by another app (fake files and suspended sources give NotFoundError or success)',
        ),

  'no-device': (cell) =>
    native(cell, {
      mechanism: `cdp Browser.setPermission granted, no ${FAKE_DEVICE} (host without capture devices)`,
      launch: launch({ args: [] }),
      permissions: permissionsFor(cell, 'granted'),
      expected: { kind: 'exception', ...M.noDevice },
    }),

  'wrong-device': (cell) => staleDevice(cell, granted(cell), { kind: 'exception', ...M.overconstrained }),

  // No permission override: Chromium refuses to grant capture to a non-secure origin at all.
  'insecure-context': (cell) => insecureOrigin(cell, { ...granted(cell), permissions: undefined }, '--host-resolver-rules maps it to 127.0.0.1', 'Chromium 156'),

  'policy-blocked': (cell) => crossOriginFrame(cell, granted(cell), { kind: 'exception', ...(isDisplay(cell) ? M.policyDisplay : M.denied) }),

  // Chrome, Edge and Brave on Android have no getDisplayMedia; desktop Chromium does, so the page is made to lack it.
  'unsupported-browser': (cell) =>
    withoutCaptureApi(
      cell,
      granted(cell),
      `${cell.browser} on ${cell.os} (${chromiumIdentity(cell.browser, cell.os).userAgent})`,
      'desktop Chromium has getDisplayMedia; only the Android builds lack it',
    ),
};
