// The verdict of one cell: observed exception vs the engine's expected one (precondition), then what
// the app shows vs the playbook. Pure: every message a failure prints is built here.
import type { Check, Display, ShownStep, Verdict } from '../contract/cell-result.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import type { Observation } from '../probe/probe-log.ts';
import { stepMatches, type StepExpectation } from './expected-steps.ts';

export function describeObservation(o: Observation): string {
  switch (o.kind) {
    case 'success':
      return `${o.api} succeeded`;
    case 'exception':
      return `${o.name}: "${o.message}"${o.constraint ? ` (constraint ${o.constraint})` : ''}`;
    case 'api-missing':
      return 'no capture API (navigator.mediaDevices or getDisplayMedia missing)';
    case 'pending':
      return `${o.api} never settled`;
    case 'no-call':
      return 'the app made no capture call';
    case 'no-probe':
      return 'the probe was not found in the page';
  }
}

export function describeExpected(e: ExpectedObservation): string {
  if (e.kind === 'success') return 'capture succeeds';
  if (e.kind === 'api-missing') return 'no capture API (navigator.mediaDevices missing)';
  return `${e.name}: "${e.message}"${e.constraint ? ` (constraint ${e.constraint})` : ''}`;
}

/** Did the page receive what the engine gives in this state? If not, the cell's precondition failed. */
export function checkObservation(expected: ExpectedObservation, observed: Observation): Check {
  const name = 'observed exception';
  const detail = `expected ${describeExpected(expected)}; the page received ${describeObservation(observed)}`;
  let ok = false;
  if (expected.kind === 'success') ok = observed.kind === 'success';
  else if (expected.kind === 'api-missing') ok = observed.kind === 'api-missing';
  else
    ok =
      observed.kind === 'exception' &&
      observed.name === expected.name &&
      observed.message === expected.message &&
      (!expected.constraint || observed.constraint === expected.constraint);
  return { name, ok, detail };
}

export function renderErrorTemplate(template: string, observed: Observation): string {
  const name = observed.kind === 'exception' ? observed.name : '';
  const message = observed.kind === 'exception' ? observed.message : '';
  return template.replaceAll('{name}', name).replaceAll('{message}', message);
}

function stepChecks(shown: ShownStep[], exp: StepExpectation): Check[] {
  const ids = shown.map((s) => s.id ?? '');
  const list = ids.length ? ids.filter(Boolean).join(', ') : 'none';
  const checks: Check[] = [];
  const has = (ref: string) => ids.some((id) => stepMatches(ref, id));
  const indexOf = (ref: string) => ids.findIndex((id) => stepMatches(ref, id));

  for (const { step, why } of exp.include) {
    checks.push({ name: `step ${step} shown`, ok: has(step), detail: `missing step '${step}' (${why}); shown: ${list}` });
  }
  for (const { step, why } of exp.exclude) {
    const offenders = ids.filter((id) => stepMatches(step, id));
    checks.push({
      name: `step ${step} absent`,
      ok: offenders.length === 0,
      detail: `unexpected step${offenders.length > 1 ? 's' : ''} ${offenders.map((o) => `'${o}'`).join(', ')} shown (${why})`,
    });
  }
  if (exp.first) {
    const { step, why } = exp.first;
    checks.push({
      name: `first step ${step}`,
      ok: ids.length > 0 && stepMatches(step, ids[0]!),
      detail: `first step is '${ids[0] ?? 'nothing'}', expected '${step}' (${why}); shown: ${list}`,
    });
  }
  if (exp.last) {
    const { step, why } = exp.last;
    checks.push({
      name: `last step ${step}`,
      ok: ids.length > 0 && stepMatches(step, ids.at(-1)!),
      detail: `last step is '${ids.at(-1) ?? 'nothing'}', expected '${step}' (${why})`,
    });
  }
  for (const { steps, why } of exp.order) {
    const present = steps.filter(has);
    let ok = true;
    let detail = '';
    for (let i = 1; i < present.length; i++) {
      if (indexOf(present[i - 1]!) > indexOf(present[i]!)) {
        ok = false;
        detail = `steps out of order: '${present[i - 1]}' must come before '${present[i]}' (${why}); shown: ${list}`;
        break;
      }
    }
    checks.push({ name: `order ${steps.join(' < ')}`, ok, detail });
  }
  return checks;
}

export function decideVerdict(input: {
  expected: ExpectedObservation;
  observed: Observation;
  display: Display;
  steps: StepExpectation;
  errorTemplate: string;
}): Verdict {
  const { expected, observed, display } = input;
  const checks: Check[] = [];
  const obs = checkObservation(expected, observed);
  checks.push(obs);
  if (!obs.ok) {
    // The harness did not reach the state (or the app never asked): nothing about the app can be judged.
    const appNeverAsked = observed.kind === 'no-call';
    return {
      status: appNeverAsked ? 'failed' : 'broken',
      checks,
      failures: [appNeverAsked ? `the app made no capture call after start (${obs.detail})` : `precondition failed: ${obs.detail}`],
    };
  }

  if (expected.kind === 'success') {
    checks.push({ name: 'success shown', ok: display.successVisible, detail: 'capture succeeded but the app did not show its success state' });
    checks.push({
      name: 'no error shown',
      ok: !display.errorVisible,
      detail: `capture succeeded but the app shows an error: "${display.errorText}"`,
    });
  } else {
    checks.push({
      name: 'error shown',
      ok: display.errorVisible,
      detail: `the app swallowed the error: the page received ${describeObservation(observed)} but no error is shown`,
    });
    // Only a real exception has a name and message to quote; a missing API has none.
    if (display.errorVisible && observed.kind === 'exception') {
      const want = renderErrorTemplate(input.errorTemplate, observed);
      checks.push({
        name: 'error text',
        ok: display.errorText.includes(want),
        detail: `the app shows "${display.errorText}" but the page received ${describeObservation(observed)} (expected the text to contain "${want}")`,
      });
    }
    checks.push(...stepChecks(display.steps, input.steps));
  }
  const failures = checks.filter((c) => !c.ok).map((c) => c.detail);
  return { status: failures.length ? 'failed' : 'passed', checks, failures };
}
