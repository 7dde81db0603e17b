// Which kind of expectation a cell's steps are checked against, said in the result, the report and
// `list`, because a recorded snapshot proves only that the app still shows what it showed, while the
// written rules say what it must show. Steps are judged only where an error is expected.
import type { CheckedAgainst } from '../contract/cell-result.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import type { StepExpectation } from './expected-steps.ts';

const hasRules = (steps: StepExpectation) => steps.include.length + steps.exclude.length + steps.order.length > 0 || !!steps.first || !!steps.last;

/**
 * `after`: the steps of a recovery cell's second phase, where it is judged against the playbook (a
 * refusal again, a mid-session change); a cell whose first phase records is still checked there.
 */
export function checkedAgainst(expected: ExpectedObservation, steps: StepExpectation, hasSnapshot: boolean, after?: StepExpectation): CheckedAgainst {
  if (expected.kind === 'success') return after && hasRules(after) ? 'playbook' : 'none';
  const rules = hasRules(steps);
  if (rules && hasSnapshot) return 'playbook+snapshot';
  return rules ? 'playbook' : hasSnapshot ? 'snapshot' : 'none';
}
