// Firefox's condition table, one row per state, through prefs (Playwright's permission APIs do
// nothing for camera and microphone on this Firefox). Native wherever a pref gives the state; Firefox
// never answers an unanswered prompt, so `dismissed` is emulated, as are the OS block and a busy device.
import type { State } from '../../../scenarios/axes.ts';
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

function launch(prefs: GeckoLaunch['prefs'], headed = false): Record<string, unknown> {
  return { prefs, ...(headed ? { headed } : {}) } satisfies GeckoLaunch as unknown as Record<string, unknown>;
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

  dismissed: (cell) =>
    emulated(
      cell,
      granted(cell),
      { ...M.notAllowed, source: `${M.notAllowed.source}; Firefox leaves an unanswered prompt pending, so no pref reaches it` },
      'Firefox never settles an unanswered prompt (headless or headed): no mechanism makes it answer as dismissed',
    ),

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
