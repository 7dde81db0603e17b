// Merges every playbook rule that matches a cell into one expectation about the steps shown.
import type { Playbook } from '../app-profile/playbook-schema.ts';
import type { Cell } from '../contract/cell.ts';
import type { Recovery } from '../contract/condition.ts';
import { matchesPattern } from '../matrix/expand.ts';
import { globToRegExp } from '../util/glob.ts';

export interface StepExpectation {
  first?: { step: string; why: string };
  last?: { step: string; why: string };
  include: Array<{ step: string; why: string }>;
  exclude: Array<{ step: string; why: string }>;
  order: Array<{ steps: string[]; why: string }>;
}

export function expectedSteps(playbook: Playbook, cell: Cell): StepExpectation {
  const out: StepExpectation = { include: [], exclude: [], order: [] };
  for (const rule of playbook.rules) {
    if (!matchesPattern(cell, rule.when)) continue;
    // Later rules are more specific by convention: they override first/last.
    if (rule.first) out.first = { step: rule.first, why: rule.why };
    if (rule.last) out.last = { step: rule.last, why: rule.why };
    for (const step of rule.include) out.include.push({ step, why: rule.why });
    for (const step of rule.exclude) out.exclude.push({ step, why: rule.why });
    if (rule.order.length > 1) out.order.push({ steps: rule.order, why: rule.why });
  }
  return out;
}

/** The steps a recovery cell's second phase is judged against: the `to` state's, unless the app must record again (none). */
export function stepsAfterRecovery(playbook: Playbook, cell: Cell, recovery: Recovery | undefined): StepExpectation | undefined {
  if (!recovery || recovery.expected.kind === 'success') return undefined;
  const { sequence: _sequence, ...plain } = cell;
  return expectedSteps(playbook, { ...plain, state: recovery.to });
}

export function stepMatches(ref: string, id: string): boolean {
  // In step ids `*` matches across dots: `*.camera` covers `browser-permissions.camera` and deeper ids.
  return ref.includes('*') ? globToRegExp(ref).test(id) : ref === id;
}
