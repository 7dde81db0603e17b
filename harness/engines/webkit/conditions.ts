import type { Cell } from '../../matrix/cell.ts';
import type { Condition } from '../condition.ts';
export function webkitCondition(cell: Cell): Condition {
  return { state: cell.state, fidelity: 'unavailable', mechanism: 'not yet', launch: {}, placement: {}, expected: { kind: 'success' } };
}
