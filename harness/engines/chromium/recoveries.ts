// Chromium's recovery table: how the user's action after each first state is applied in the real
// browser. Native where CDP changes the state at run time (Browser.setPermission); unavailable where
// the first state is a launch switch of the browser process (fake UI answers, fake devices), which no
// run-time command changes.
import type { Action } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { RecoveryRow } from '../../contract/engine-module.ts';
import { permissionsOf } from '../capture-kind.ts';
import { inAppOnly, liftedRejection, permissionChange } from '../recovery-rows.ts';

/** Only the Playwright driver keeps the CDP session that changes permissions between the two phases. */
const RUNNERS = ['playwright'] as ['playwright'];

const grantedFor = (cell: Cell) => Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'granted' as const]));

export const CHROMIUM_RECOVERIES: Partial<Record<Action, RecoveryRow>> = {
  'allow-and-reload': (cell) =>
    permissionChange(cell, grantedFor(cell), `cdp Browser.setPermission granted (${permissionsOf(cell.mode).join(', ')}) for the origin, as the site settings' Allow does; then the page is reloaded and started again`, RUNNERS),
  'allow-and-retry': (cell) =>
    permissionChange(cell, grantedFor(cell), `cdp Browser.setPermission prompt → granted (${permissionsOf(cell.mode).join(', ')}), as answering the prompt shown again with Allow does; then the profile's retry`, RUNNERS),
  'pick-surface': (cell) =>
    cell.state === 'denied'
      ? { unavailable: 'the refusal is the launch switch --use-fake-ui-for-media-stream=deny of the browser process: every picker of that browser refuses, and no CDP command answers the screen picker' }
      : { unavailable: 'recovery on Chromium not implemented yet: the first phase closes the real picker with an xdotool Escape; picking a window in it by key presses is not measured yet' },
  'connect-device': () => ({
    unavailable:
      'recovery on Chromium not implemented yet: the host without devices is a browser launched without --use-fake-device-for-media-stream, and no run-time command plugs a fake device in (an emulated no-device start, lifted after, would be the emulated route)',
  }),
  'select-other-device': (cell, first) => inAppOnly(cell, first, RUNNERS),
  'close-other-app': (cell, first) =>
    first.emulatedRejection
      ? liftedRejection(cell, first, RUNNERS)
      : { unavailable: 'the busy screen source is a browser launched without --use-fake-device-for-media-stream (a launch switch), which no run-time command changes' },
};
