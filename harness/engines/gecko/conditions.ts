// Firefox's condition table, one row per state, through prefs (Playwright's permission APIs do
// nothing for camera and microphone on this Firefox). Native wherever a pref gives the state; `dismissed`
// is the real prompt, shown in headed Firefox under Xvfb and closed with Escape (Firefox never answers an
// unanswered prompt by itself), except the camera's (it takes no keys); the OS block and a busy device are emulated.
import { modeRow, type State } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { Condition } from '../../contract/condition.ts';
import type { ConditionRow } from '../../contract/engine-module.ts';
import { captureKindOf } from '../capture-kind.ts';
import { emulated, withoutCaptureApi } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import { geckoIdentity } from './identity.ts';
import type { GeckoLaunch } from './launch-options.ts';
import { GECKO_MESSAGES as M } from './messages.ts';

const FAKE = { 'media.navigator.streams.fake': true };
// permission.disabled answers without a prompt; permissions.default=1 also makes permissions.query
// say "granted" (with permission.disabled alone it wrongly says "prompt").
const GRANT = { ...FAKE, 'media.navigator.permission.disabled': true, 'permissions.default.microphone': 1, 'permissions.default.camera': 1 };

const isDisplay = (cell: Cell) => captureKindOf(cell.mode) === 'display';

function launch(prefs: GeckoLaunch['prefs'], headed = false, dismissPrompt = false): Record<string, unknown> {
  return { prefs, ...(headed ? { headed } : {}), ...(dismissPrompt ? { dismissPrompt } : {}) } satisfies GeckoLaunch as unknown as Record<string, unknown>;
}

/** Headless Firefox has no screen to share (NotFoundError) and fake streams do not cover screens: screen-share cells run headed under Xvfb. */
function granted(cell: Cell) {
  return isDisplay(cell)
    ? { launch: launch({ 'media.navigator.permission.disabled': true }, true), mechanism: 'headed Firefox under Xvfb, pref media.navigator.permission.disabled=true (the screen is shared without a prompt)' }
    : { launch: launch(GRANT), mechanism: 'pref media.navigator.streams.fake=true, media.navigator.permission.disabled=true, permissions.default.microphone/camera=1' };
}

const native = (cell: Cell, rest: Pick<Condition, 'mechanism' | 'launch' | 'expected'>): Condition => ({ state: cell.state, fidelity: 'native', placement: {}, ...rest });

export const GECKO_CONDITIONS: Record<State, ConditionRow> = {
  granted: (cell) => native(cell, { ...granted(cell), expected: { kind: 'success' } }),

  denied: (cell) =>
    isDisplay(cell)
      ? native(cell, { mechanism: 'headed Firefox under Xvfb, pref permissions.default.screen=2', launch: launch({ 'permissions.default.screen': 2 }, true), expected: { kind: 'exception', ...M.notAllowed } })
      : native(cell, {
          mechanism: 'pref permissions.default.microphone=2, permissions.default.camera=2',
          launch: launch({ ...FAKE, 'permissions.default.microphone': 2, 'permissions.default.camera': 2 }),
          expected: { kind: 'exception', ...M.notAllowed },
        }),

  // The real prompt (the sharing prompt for a screen), asked for by the prefs' "ask" (0), closed with
  // Escape: NotAllowedError, Firefox's one refusal text (measured ESR 153; the prompt is up within 0.8 s).
  // The camera's prompt, opened by the page's click, takes no keys (measured: Escape, Tab, F6, alt+b
  // all leave the call pending; opened without a click it closes on Escape), so camera modes stay emulated.
  dismissed: (cell) =>
    !isDisplay(cell) && modeRow(cell.mode).video
      ? emulated(
          cell,
          granted(cell),
          { ...M.notAllowed, source: `${M.notAllowed.source}; Firefox's answer to a closed prompt (measured with the microphone's prompt and the screen's)` },
          "Firefox's camera prompt, opened by the app's click, takes no keys under Xvfb (Escape, Tab, F6 and alt+b leave the call pending; measured ESR 153), and Firefox never answers a prompt by itself",
        )
      : {
          ...native(cell, {
          mechanism: isDisplay(cell)
            ? 'headed Firefox under Xvfb, pref permissions.default.screen=0 (ask): the real sharing prompt is shown; xdotool presses Escape in it'
            : 'headed Firefox under Xvfb, prefs permissions.default.microphone=0 (ask), media.navigator.streams.fake=true: the real prompt is shown; xdotool presses Escape in it',
          launch: isDisplay(cell)
            ? launch({ 'permissions.default.screen': 0 }, true, true)
            : launch({ ...FAKE, 'media.navigator.permission.disabled': false, 'permissions.default.microphone': 0, 'permissions.default.camera': 0 }, true, true),
          expected: { kind: 'exception', ...M.notAllowed, prompt: 'shown' },
          }),
          // The closed prompt blocks its site for a while: the next cell must not share the site.
          placement: { ownSite: true },
        },

  'denied-by-system': (cell) => emulated(cell, granted(cell), M.notAllowed, 'no pref makes Firefox on Linux report an OS privacy block'),

  'device-busy': (cell) =>
    emulated(cell, granted(cell), isDisplay(cell) || cell.mode !== 'audio-only' ? M.videoAllocate : M.audioAllocate, 'no pref or fake device makes Firefox report a device held by another app'),

  'no-device': (cell) =>
    native(cell, {
      mechanism: 'no fake streams (host without capture devices)',
      launch: launch({ 'permissions.default.microphone': 1, 'permissions.default.camera': 1 }),
      expected: { kind: 'exception', ...M.notFound },
    }),

  'wrong-device': (cell) => staleDevice(cell, granted(cell), { kind: 'exception', ...M.overconstrained }),

  'insecure-context': (cell) => insecureOrigin(cell, granted(cell), 'network.proxy.* → the harness proxy maps it to 127.0.0.1', 'Firefox ESR 153'),

  'policy-blocked': (cell) => crossOriginFrame(cell, granted(cell), { kind: 'exception', ...M.notAllowed }),

  // Firefox for Android has no getDisplayMedia; Firefox ESR here does, so the page is made to lack it.
  'unsupported-browser': (cell) =>
    withoutCaptureApi(cell, { launch: launch(GRANT), mechanism: 'pref media.navigator.permission.disabled=true, headless (no screen is ever shared)' }, `Firefox on ${cell.os} (${geckoIdentity(cell.browser, cell.os).userAgent})`, 'desktop Firefox has getDisplayMedia; only Firefox for Android lacks it'),
};
