// The verdict of a recovery cell's second phase: after the user's action, the app must record again.
// The page must receive a new successful capture whose tracks are live, the app must show its success
// state, and the error of the first phase must be gone. Pure, like verdict.ts; every failure starts
// with the action so a summary line says which step did not work.
import type { Check, Display, Verdict } from '../contract/cell-result.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import type { Observation } from '../probe/probe-log.ts';
import type { StepExpectation } from './expected-steps.ts';
import { checkLiveTracks, decideVerdict, type ModeNeeds } from './verdict.ts';

export interface RecoveryInput {
  /** The action's id, e.g. `allow-and-retry`. */
  action: string;
  /** What the user did in the app, e.g. "the profile's retry". */
  how: string;
  expected: ExpectedObservation;
  /** The capture calls made after the action only. */
  observed: Observation;
  display: Display;
  tracks: ReadonlyArray<{ kind: string; readyState?: string }>;
  errorTemplate: string;
  modeNeeds?: ModeNeeds;
  /** The steps the playbook expects for the state after the action, when it is a refusal again (`denied..denied`); omitted: not judged. */
  steps?: StepExpectation;
}

const NO_STEPS = { include: [], exclude: [], order: [] };

export function decideRecoveryVerdict(input: RecoveryInput): Verdict {
  const { action, how, observed, display } = input;
  const after = `after ${action} (${how})`;
  const named = (checks: Check[]) => checks.map((c) => ({ ...c, name: `recovery: ${c.name}` }));
  // No new call: the app's try-again did nothing, whatever it shows (the old error, or nothing).
  if (observed.kind === 'no-call') {
    const c: Check = { name: 'recovery: new capture call', ok: false, detail: `${after} the app made no new capture call: its retry does not retry${display.errorVisible ? ` (it still shows "${display.errorText}")` : ''}` };
    return { status: 'failed', checks: [c], failures: [c.detail] };
  }
  const base = decideVerdict({ expected: input.expected, observed, display, steps: input.steps ?? NO_STEPS, errorTemplate: input.errorTemplate, ...(input.modeNeeds ? { modeNeeds: input.modeNeeds } : {}) });
  const checks = base.checks.map((c) =>
    // The one error an app that recovered can still show is the old one: say so.
    c.name === 'no error shown' && !c.ok && display.successVisible ? { ...c, detail: `the app records again but never cleared the old error: it still shows "${display.errorText}"` } : c,
  );
  if (input.expected.kind === 'success' && observed.kind === 'success') checks.push(checkLiveTracks(input.tracks));
  const failures = checks.filter((c) => !c.ok).map((c) => `${after}: ${c.detail}`);
  // A state the harness did not reach stays broken (the browser-side step did not take), with the action named.
  if (base.status === 'broken') return { ...base, checks: named(checks), failures: base.failures.map((f) => `${after}: ${f}`) };
  return { status: failures.length ? 'failed' : 'passed', checks: named(checks), failures };
}

