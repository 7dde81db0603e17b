// WebKit's permission recoveries: the refusal of the first phase is the automation session's capture
// flag (permission-relay.ts), and the relay switches it back to allow between the two phases, so the
// user's Allow (or, for screen share, a picked screen) is WebKit's own grant path. Under automation
// WebKit shows no prompt and no picker: an allowed getDisplayMedia shares the mock screen directly.
import type { Action } from '../../../scenarios/axes.ts';
import type { Cell } from '../../contract/cell.ts';
import type { RecoveryRow } from '../../contract/engine-module.ts';
import { permissionsOf } from '../capture-kind.ts';
import { endedInPage, permissionChange } from '../recovery-rows.ts';

const grantedFor = (cell: Cell) => Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'granted' as const]));
const allow = "Automation.setSessionPermissions GetUserMedia=true, sent by the harness's inspector relay (the switch of the first phase, turned back)";

export const WEBKIT_PERMISSION_RECOVERIES: Partial<Record<Action, RecoveryRow>> = {
  'allow-and-reload': (cell) => permissionChange(cell, grantedFor(cell), `${allow} (the site allowed in Safari's settings); then the page is reloaded and started again`, ['webdriverio']),
  'allow-and-retry': (cell) => permissionChange(cell, grantedFor(cell), `${allow} (the prompt shown again, answered Allow); then the profile's retry`, ['webdriverio']),
  // The switch turned to refuse while recording decides new requests only: a live track stays live
  // (measured WebKitGTK 2.50: readyState "live", no ended event, 8 s after GetUserMedia=false). So the
  // flag is turned (a retry would be refused natively) and the tracks are ended in the page: emulated.
  'revoke-while-recording': (cell) =>
    endedInPage(cell, "WebKit's automation capture flag decides new requests only: turned to refuse while recording, it leaves the live tracks live (measured WebKitGTK 2.50)", ['webdriverio'], {
      setting: { mechanism: "Automation.setSessionPermissions GetUserMedia=false sent by the harness's inspector relay (new requests refused)", permissions: Object.fromEntries(permissionsOf(cell.mode).map((p) => [p, 'denied' as const])) },
    }),
  'pick-surface': (cell) =>
    permissionChange(cell, grantedFor(cell), `${allow}; then the profile's retry, and WebKit under automation shares its mock screen without showing a picker (no window is picked by hand)`, ['webdriverio']),
};
