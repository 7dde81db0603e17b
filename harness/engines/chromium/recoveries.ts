// Chromium's recovery table: how the user's action after each first state is applied in the real
// browser. Native where CDP changes the state at run time (Browser.setPermission); unavailable where
// the first state is a launch switch of the browser process (fake UI answers, fake devices), which no
// run-time command changes.
import type { Action } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { RecoveryRow } from '../../contract/engine-module.ts';
import type { Recovery } from '../../contract/condition.ts';
import { captureKindOf, permissionsOf } from '../capture-kind.ts';
import { emulated } from '../emulated/emulated-condition.ts';
import { endedInPage, inAppOnly, liftedAfterEmulatedStart, liftedRejection, nothingChanges, permissionChange } from '../recovery-rows.ts';
import { CHROMIUM_CONDITIONS } from './conditions.ts';
import type { ChromiumLaunch } from './launch-options.ts';
import { CHROMIUM_MESSAGES as M } from './messages.ts';

/** Only the Playwright driver keeps the CDP session that changes permissions between the two phases. */
const RUNNERS = ['playwright'] as ['playwright'];

const FAKE_DEVICE = '--use-fake-device-for-media-stream';

/**
 * A real prompt: headed Chromium under Xvfb with no permission override asks the user, and the
 * harness closes the prompt with Escape (the press recorded in the probe log). The override `prompt`
 * cannot show whether the browser asks again: it answers every request as dismissed at once, and
 * those answers never count towards the embargo (measured Chromium 156).
 */
const REAL_PROMPT = { args: [FAKE_DEVICE], headed: true, dismissPrompt: true } satisfies ChromiumLaunch;

function realPromptDismissed(cell: Cell): NonNullable<Recovery['firstPhase']> {
  return {
    mechanism: 'headed Chromium under Xvfb, no permission override: the real prompt is shown; xdotool presses Escape in it',
    launch: REAL_PROMPT,
    expected: { kind: 'exception', ...M.dismissed, prompt: 'shown' },
  };
}

/** Nothing changes in the browser: the user's retry meets the browser's own answer (a prompt again, or none). */
const unchanged = (cell: Cell, mechanism: string, expected: Recovery['expected'], firstPhase?: Recovery['firstPhase']) => nothingChanges(cell, mechanism, expected, RUNNERS, firstPhase);

const grantedFor = (cell: Cell) => Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'granted' as const]));

export const CHROMIUM_RECOVERIES: Partial<Record<Action, RecoveryRow>> = {
  'allow-and-reload': (cell) =>
    permissionChange(cell, grantedFor(cell), `cdp Browser.setPermission granted (${permissionsOf(cell.mode).join(', ')}) for the origin, as the site settings' Allow does; then the page is reloaded and started again`, RUNNERS),
  'allow-and-retry': (cell) =>
    permissionChange(cell, grantedFor(cell), `cdp Browser.setPermission prompt → granted (${permissionsOf(cell.mode).join(', ')}), as answering the prompt shown again with Allow does; then the profile's retry`, RUNNERS),
  'pick-surface': (cell) =>
    cell.state === 'denied'
      ? { unavailable: 'the refusal is the launch switch --use-fake-ui-for-media-stream=deny of the browser process: every picker of that browser refuses, and no CDP command answers the screen picker' }
      : {
          action: cell.sequence!.action,
          to: cell.sequence!.to,
          fidelity: 'native',
          mechanism: "the profile's retry: the real screen picker opens again, and xdotool picks Entire Screen in it by keyboard (shift+Tab twice, Right twice, Tab, Return); Chromium shares the Xvfb screen",
          promptAnswer: 'pick-screen',
          runners: RUNNERS,
          expected: { kind: 'success' },
        },
  'connect-device': (cell) =>
    liftedAfterEmulatedStart(
      cell,
      emulated(cell, CHROMIUM_CONDITIONS.granted({ ...cell, state: 'granted' }), M.noDevice, 'the start without devices is emulated so that a device can appear'),
      'a camera and microphone connected',
      'the host without devices is a browser launched without --use-fake-device-for-media-stream, and no run-time command plugs a fake device in',
      ['playwright', 'webdriverio'],
    ),
  'select-other-device': (cell, first) => inAppOnly(cell, first, RUNNERS),
  // The articles' distinctions. A closed prompt asks again (and the screen picker comes back every time):
  'dismiss-again': (cell) =>
    captureKindOf(cell.mode) === 'display'
      ? unchanged(cell, "the profile's retry: the real screen picker opens again, and xdotool presses Escape in it again", { kind: 'exception', ...M.deniedByUser, prompt: 'shown' })
      : unchanged(cell, "the profile's retry: the real prompt is shown again, and xdotool presses Escape in it again", { kind: 'exception', ...M.dismissed, prompt: 'shown' }, realPromptDismissed(cell)),
  // ...until the third dismissal of one origin: then Chromium's embargo blocks the site (measured Chromium
  // 156: permissions.query turns "denied" after the third Escape; the fourth call is refused in ~16 ms,
  // with "Permission denied", across reloads and tabs).
  'dismiss-until-blocked': (cell) =>
    unchanged(cell, "the profile's retry twice more, each real prompt closed with Escape (three dismissals of the origin), then once more: Chromium's embargo refuses it without asking", { kind: 'exception', ...M.denied, prompt: 'not-shown' }, realPromptDismissed(cell)),
  // A block lasts: with the site blocked, a retry is refused at once, no prompt to close.
  'retry-unchanged': (cell) =>
    unchanged(cell, "the profile's retry, the site still blocked: refused again without a prompt", { kind: 'exception', ...M.denied, prompt: 'not-shown' }, {
      mechanism: `cdp Browser.setPermission denied (${permissionsOf(cell.mode).join(', ')}) in headed Chromium under Xvfb, the harness ready to close any prompt with Escape`,
      launch: REAL_PROMPT,
      permissions: Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'denied' as const])),
      expected: { kind: 'exception', ...M.denied, prompt: 'not-shown' },
    }),
  // Mid-session changes. A block set while recording ends the live tracks (measured Chromium 156: CDP
  // Browser.setPermission denied for the page's own browser context ends both tracks 3 and 7 ms later,
  // each firing ended with readyState "ended"; permissions.query then says "denied", and enumerateDevices
  // still lists the devices).
  'revoke-while-recording': (cell) => ({
    action: cell.sequence!.action,
    to: cell.sequence!.to,
    fidelity: 'native',
    mechanism: `cdp Browser.setPermission denied (${permissionsOf(cell.mode).join(', ')}) for the origin while recording, as the site settings' Block does: Chromium ends the live tracks`,
    permissions: Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'denied' as const])),
    runners: RUNNERS,
    expected: { kind: 'tracks-ended', source: 'Chromium ends a capture whose permission is revoked (MediaStreamManager); measured Chromium 156' },
  }),
  'unplug-device': (cell) =>
    endedInPage(cell, 'the fake capture devices are the launch switch --use-fake-device-for-media-stream, and no run-time command unplugs one', ['playwright', 'webdriverio'], { noDevice: M.noDevice }),
  'close-other-app': (cell, first) =>
    first.emulatedRejection
      ? liftedRejection(cell, first, RUNNERS)
      : liftedAfterEmulatedStart(
          cell,
          emulated(cell, CHROMIUM_CONDITIONS.granted({ ...cell, state: 'granted' }), M.videoStartFailure, 'the failing screen source is emulated so that it can start'),
          'the screen source starts again',
          'the busy screen source is a browser launched without --use-fake-device-for-media-stream (a launch switch), which no run-time command changes',
          RUNNERS,
        ),
};
