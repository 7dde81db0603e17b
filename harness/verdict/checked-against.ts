// Which kind of expectation a cell's steps are checked against, said in the result, the report and
// `list`, because a recorded snapshot proves only that the app still shows what it showed, while the
// written rules say what it must show. Steps are judged only where an error is expected.
import type { CheckedAgainst } from '../contract/cell-result.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import type { StepExpectation } from './expected-steps.ts';

export function checkedAgainst(expected: ExpectedObservation, steps: StepExpectation, hasSnapshot: boolean): CheckedAgainst {
  if (expected.kind === 'success') return 'none';
  const rules = steps.include.length + steps.exclude.length + steps.order.length > 0 || !!steps.first || !!steps.last;
  if (rules && hasSnapshot) return 'playbook+snapshot';
  return rules ? 'playbook' : hasSnapshot ? 'snapshot' : 'none';
}
