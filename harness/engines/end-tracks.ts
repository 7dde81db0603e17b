// The in-page emulation of a mid-session change (engines/emulated/end-tracks.js), for engines where
// no run-time mechanism revokes access or removes a device: evaluated between the two phases, with an
// init script (engines/emulated/untrusted-ended.js) that lets its `ended` event reach the app on Gecko.
import { readFileSync } from 'node:fs';
import type { EndTracks } from '../contract/condition.ts';

const SOURCE = readFileSync(new URL('./emulated/end-tracks.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

/** Ends the page's live tracks with the browser's `ended` event; evaluates to how many it ended. */
export function endTracksExpression(config: EndTracks): string {
  return `(${SOURCE})(${JSON.stringify(config)})`;
}

const UNTRUSTED_SOURCE = readFileSync(new URL('./emulated/untrusted-ended.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

/** Before the page's scripts of a cell whose tracks the emulation ends: every `ended` listener accepts its event. */
export const UNTRUSTED_ENDED_SCRIPT = `(${UNTRUSTED_SOURCE})();`;
