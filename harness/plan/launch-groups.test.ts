import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CellPlan } from '../contract/cell-plan.ts';
import { launchGroupKey, orderByLaunchGroup } from './launch-groups.ts';

const plan = (id: string, args: string[]): CellPlan => ({
  cell: { id, browser: 'chrome', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'e' },
  runner: 'r',
  condition: { state: 'denied', fidelity: 'native', mechanism: 'm', launch: { args }, placement: {}, expected: { kind: 'success' } },
});

test('cells of one launch group come together, the largest group first, plan order kept inside a group', () => {
  const plans = [plan('a', ['x']), plan('b', ['y']), plan('c', ['x']), plan('d', ['y']), plan('e', ['y']), plan('f', [])];
  assert.deepEqual(orderByLaunchGroup(plans).map((p) => p.cell.id), ['b', 'd', 'e', 'a', 'c', 'f']);
  assert.notEqual(launchGroupKey(plans[0]!), launchGroupKey(plans[1]!));
  assert.equal(launchGroupKey(plans[0]!), launchGroupKey(plans[2]!));
});
