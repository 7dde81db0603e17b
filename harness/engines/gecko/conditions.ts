// Firefox's condition table, through prefs (Playwright's permission APIs do nothing for camera and
// microphone on this Firefox). Native wherever a pref gives the state; Firefox never answers an
// unanswered prompt, so `dismissed` is emulated, as are the OS block and a busy device.
import type { Cell } from '../../matrix/cell.ts';
import type { Condition } from '../condition.ts';
import { captureKindOf } from '../capture-kind.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { crossOriginFrame, insecureOrigin, staleDevice } from '../placed-conditions.ts';
import { GECKO_MESSAGES as M } from './messages.ts';
import type { GeckoLaunch } from './launch-options.ts';

const FAKE = { 'media.navigator.streams.fake': true };
// permission.disabled answers without a prompt; permissions.default=1 also makes permissions.query
// say "granted" (with permission.disabled alone it wrongly says "prompt").
const GRANT = { ...FAKE, 'media.navigator.permission.disabled': true, 'permissions.default.microphone': 1, 'permissions.default.camera': 1 };

function launch(prefs: GeckoLaunch['prefs'], headed = false): Record<string, unknown> {
  return { prefs, ...(headed ? { headed } : {}) } satisfies GeckoLaunch as unknown as Record<string, unknown>;
}

export function geckoCondition(cell: Cell): Condition {
  const display = captureKindOf(cell.mode) === 'display';
  const base = { state: cell.state, placement: {} };
  // Headless Firefox has no screen to share (NotFoundError) and fake streams do not cover screens:
  // screen-share cells run headed under Xvfb, with the real (virtual) screen.
  const granted = display
    ? { launch: launch({ 'media.navigator.permission.disabled': true }, true), mechanism: 'headed Firefox under Xvfb, pref media.navigator.permission.disabled=true (the screen is shared without a prompt)' }
    : { launch: launch(GRANT), mechanism: 'pref media.navigator.streams.fake=true, media.navigator.permission.disabled=true, permissions.default.microphone/camera=1' };
  const busy = display || cell.mode !== 'audio-only' ? M.videoAllocate : M.audioAllocate;

  switch (cell.state) {
    case 'granted':
      return { ...base, ...granted, fidelity: 'native', expected: { kind: 'success' } };
    case 'denied':
      if (display) {
        return { ...base, fidelity: 'native', mechanism: 'headed Firefox under Xvfb, pref permissions.default.screen=2', launch: launch({ 'permissions.default.screen': 2 }, true), expected: { kind: 'exception', ...M.notAllowed } };
      }
      return {
        ...base,
        fidelity: 'native',
        mechanism: 'pref permissions.default.microphone=2, permissions.default.camera=2',
        launch: launch({ ...FAKE, 'permissions.default.microphone': 2, 'permissions.default.camera': 2 }),
        expected: { kind: 'exception', ...M.notAllowed },
      };
    case 'dismissed':
      return emulated(cell, granted, { ...M.notAllowed, source: `${M.notAllowed.source}; Firefox leaves an unanswered prompt pending, so no pref reaches it` }, 'Firefox never settles an unanswered prompt (headless or headed): no mechanism makes it answer as dismissed');
    case 'denied-by-system':
      return emulated(cell, granted, M.notAllowed, 'no pref makes Firefox on Linux report an OS privacy block');
    case 'device-busy':
      return emulated(cell, granted, busy, 'no pref or fake device makes Firefox report a device held by another app');
    case 'no-device':
      return {
        ...base,
        fidelity: 'native',
        mechanism: 'no fake streams (host without capture devices)',
        launch: launch({ 'permissions.default.microphone': 1, 'permissions.default.camera': 1 }),
        expected: { kind: 'exception', ...M.notFound },
      };
    case 'wrong-device':
      return staleDevice(cell, granted, { kind: 'exception', ...M.overconstrained });
    case 'insecure-context':
      return insecureOrigin(cell, granted, 'network.proxy.* → the harness proxy maps it to 127.0.0.1', 'Firefox ESR 153');
    case 'policy-blocked':
      return crossOriginFrame(cell, granted, { kind: 'exception', ...M.notAllowed });
  }
}
