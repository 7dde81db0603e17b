// The verdict where the profile says starting is not possible by design (`startNotPossible`): the
// page must make Start unusable (disabled, hidden, absent, or its message shown) and make no capture
// call. Either half missing is the app's failure; a page the harness could not read is not judged.
import type { Check, Verdict } from '../contract/cell-result.ts';
import type { Observation } from '../probe/probe-log.ts';
import { describeObservation } from './verdict.ts';

export function startNotPossibleVerdict(input: {
  state: string;
  /** Why the page offers no start (whyStartIsNotPossible), or undefined when Start could be used. */
  blocked: string | undefined;
  observed: Observation;
  /** The profile's start action, as a failure names it. */
  startLabel: string;
}): Verdict {
  const { state, blocked, observed } = input;
  if (observed.kind === 'no-probe' || observed.kind === 'not-reached') {
    return { status: 'broken', brokenBy: 'state-not-reached', checks: [], failures: [`precondition failed: ${describeObservation(observed)}`] };
  }
  const noCall = observed.kind === 'no-call' || observed.kind === 'api-missing';
  const checks: Check[] = [
    {
      name: 'start not possible',
      ok: blocked !== undefined,
      detail: blocked !== undefined
        ? `start is not possible, as the profile says for ${state}: ${blocked}`
        : `the profile says start is not possible in ${state} (startNotPossible), but ${input.startLabel} could be used and the app went on: ${describeObservation(observed)}`,
    },
  ];
  if (blocked !== undefined) {
    checks.push({
      name: 'no capture call',
      ok: noCall,
      detail: noCall ? `the page made no capture call (${describeObservation(observed)})` : `start is not possible (${blocked}), yet the page called ${'api' in observed ? observed.api : 'a capture API'}: ${describeObservation(observed)}`,
    });
  }
  const failures = checks.filter((c) => !c.ok).map((c) => c.detail);
  return { status: failures.length ? 'failed' : 'passed', checks, failures };
}
