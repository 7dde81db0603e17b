// The verdict of a mid-session change (`app: 'notice'` actions: revoke-while-recording, unplug-device).
// The browser's part first: every track of the recording must have ended with an `ended` event, or the
// state was not reached (precondition failed, broken). Then the app's: it must stop showing that it
// records, show an error, and give the playbook's steps for the state the change left (`to`). There is no
// exception to quote (the tracks ended; no call failed), so the error's text is the app's own and only
// its presence is judged. Pure, like verdict.ts; every failure starts with the action.
import type { Check, Display, Verdict } from '../contract/cell-result.ts';
import type { ProbeTrack } from '../probe/probe-log.ts';
import { tracksEnded } from '../probe/probe-log.ts';
import type { StepExpectation } from './expected-steps.ts';
import { stepChecks } from './verdict.ts';

export interface TracksEndedInput {
  /** The action's id, e.g. `revoke-while-recording`. */
  action: string;
  /** How the change was made, e.g. "cdp Browser.setPermission denied". */
  how: string;
  /** The recording's tracks as the probe last read them. */
  tracks: readonly ProbeTrack[];
  /** How long the harness waited for them to end. */
  waitedMs: number;
  display: Display;
  /** The playbook's steps for the state the change left. */
  steps: StepExpectation;
}

const named = (checks: Check[]) => checks.map((c) => ({ ...c, name: `recovery: ${c.name}` }));

export function decideTracksEndedVerdict(input: TracksEndedInput): Verdict {
  const { action, display } = input;
  const after = `after ${action} (${input.how})`;
  const list = input.tracks.map((t) => `${t.kind} ${t.readyState ?? 'unknown'}${t.endedAt === undefined ? ', no ended event' : ''}`).join('; ') || 'none';
  const ended = tracksEnded(input.tracks);
  const browser: Check = {
    name: 'tracks ended',
    ok: ended,
    detail: ended
      ? `every track of the recording ended with an ended event (${list})`
      : input.tracks.length
        ? `the recording's tracks did not all end with an ended event within ${input.waitedMs} ms (${list})`
        : 'the probe recorded no tracks of a recording to end',
  };
  if (!ended) return { status: 'broken', brokenBy: 'state-not-reached', checks: named([browser]), failures: [`${after}: precondition failed: ${browser.detail}`] };
  const shown: Check = {
    name: 'error shown',
    ok: display.errorVisible,
    detail: display.errorVisible
      ? `the app shows "${display.errorText}"`
      : display.successVisible
        ? 'the tracks ended but the app still shows that it records, and no error: it ignores an ended track'
        : 'the tracks ended but the app shows no error: the user is not told why the recording stopped',
  };
  // No error shown: that is the one cause; whether it still claims to record and the steps it would have listed are not judged (no cascade of follow-on lines).
  if (!shown.ok) return { status: 'failed', checks: named([browser, shown]), failures: [`${after}: ${shown.detail}`] };
  const stopped: Check = {
    name: 'recording stopped shown',
    ok: !display.successVisible,
    detail: display.successVisible ? 'the app shows its error but still shows that it records, over tracks that ended' : 'the app no longer shows that it records',
  };
  const checks = [browser, shown, stopped, ...stepChecks(display.steps, input.steps)];
  const failures = checks.filter((c) => !c.ok).map((c) => `${after}: ${c.detail}`);
  return { status: failures.length ? 'failed' : 'passed', checks: named(checks), failures };
}
