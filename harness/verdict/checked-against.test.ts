// The kind a cell is checked against follows from the rules that reach it and the profile's snapshot;
// a cell that expects success has no steps to check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExpectedObservation } from '../contract/condition.ts';
import { checkedAgainst } from './checked-against.ts';
import type { StepExpectation } from './expected-steps.ts';

const denial = { kind: 'exception', name: 'NotAllowedError', message: 'Permission denied', source: 'measured' } as unknown as ExpectedObservation;
const success = { kind: 'success' } as ExpectedObservation;
const none: StepExpectation = { include: [], exclude: [], order: [] };
const ruled: StepExpectation = { ...none, first: { step: 'allow-site', why: 'article' } };

test('rules, a snapshot, both or neither', () => {
  assert.equal(checkedAgainst(denial, ruled, false), 'playbook');
  assert.equal(checkedAgainst(denial, none, true), 'snapshot');
  assert.equal(checkedAgainst(denial, ruled, true), 'playbook+snapshot');
  assert.equal(checkedAgainst(denial, none, false), 'none');
  assert.equal(checkedAgainst(denial, { ...none, exclude: [{ step: '*.camera', why: 'x' }] }, false), 'playbook');
});

test('a cell that expects success is checked against neither', () => {
  assert.equal(checkedAgainst(success, ruled, true), 'none');
});

test('a recovery cell that starts recording is checked against the rules of the state its change leaves', () => {
  assert.equal(checkedAgainst(success, none, false, ruled), 'playbook');
  assert.equal(checkedAgainst(success, none, true, none), 'none');
  assert.equal(checkedAgainst(success, ruled, true, undefined), 'none');
});
