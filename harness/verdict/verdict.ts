// The verdict of one cell: observed exception vs the engine's expected one (precondition), then what
// the app shows vs the playbook. Pure: every message a failure prints is built here.
import type { Check, Display, ShownStep, Verdict } from '../contract/cell-result.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import type { Observation } from '../probe/probe-log.ts';
import { stepMatches, type StepExpectation } from './expected-steps.ts';
import { snapshotChecks, type SnapshotInput } from './snapshot-diff.ts';

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
    case 'not-reached':
      return 'nothing (the cell stopped before the capture call)';
  }
}

export function describeExpected(e: ExpectedObservation): string {
  if (e.kind === 'success') return 'capture succeeds';
  if (e.kind === 'api-missing') return 'no capture API (navigator.mediaDevices missing)';
  if (e.kind === 'no-capture-call') return 'no capture call (the browser is unsupported here: the API is absent, or the app must not ask)';
  const also = (e.alsoAccepted ?? []).map((a) => ` or ${a.name}: "${a.message}"`).join('');
  return `${e.name}: "${e.message}"${e.constraint ? ` (constraint ${e.constraint})` : ''}${also}`;
}

/** A check with the words for either outcome: what was found when it held, the problem when it did not. */
function check(name: string, ok: boolean, passed: string, failed: string): Check {
  return { name, ok, detail: ok ? passed : failed };
}

/** Did the page receive what the engine gives in this state (for what the page asked)? If not, the cell's precondition failed. */
export function checkObservation(expected: ExpectedObservation, observed: Observation): Check {
  const received = describeObservation(observed);
  let ok = false;
  if (expected.kind === 'success') ok = observed.kind === 'success';
  else if (expected.kind === 'api-missing') ok = observed.kind === 'api-missing';
  // The page looked and found no API, or recognised the browser and never called it: both are the state.
  else if (expected.kind === 'no-capture-call') ok = observed.kind === 'api-missing' || observed.kind === 'no-call';
  else if (observed.kind === 'exception') {
    const same = (name: string, message: string) => observed.name === name && observed.message === message;
    ok = same(expected.name, expected.message) && (!expected.constraint || observed.constraint === expected.constraint);
    // Another text the engine gives for this very request (e.g. the screen's audio failed to start first).
    ok ||= (expected.alsoAccepted ?? []).some(
      (a) => same(a.name, a.message) && (a.when.audio === undefined || a.when.audio === observed.request.audio) && (a.when.video === undefined || a.when.video === observed.request.video),
    );
  }
  return check('observed exception', ok, `the page received ${received}, as the engine gives in this state`, `expected ${describeExpected(expected)}; the page received ${received}`);
}

/** Did the browser ask before it refused (`shown`), or refuse at once (`not-shown`)? From the harness's own answers to its prompts. */
export function checkPrompt(want: 'shown' | 'not-shown', observed: Observation): Check {
  const asked = observed.kind === 'exception' && observed.promptAnswered === true;
  return want === 'shown'
    ? check('prompt shown', asked, 'the browser asked: the call waited on its prompt until the harness closed it', 'the browser refused at once: no prompt was waiting for the harness to close')
    : check('no prompt', !asked, 'the browser refused at once, without asking', 'the browser asked: the call waited on a prompt until the harness closed it');
}

/** Every mode needs the microphone, three need the camera (the articles); screen share needs the screen. */
export interface ModeNeeds {
  label: string;
  audio: boolean;
  video: boolean;
}

/** Did the app ask for the devices its mode needs? A mode's device left out is the app's defect. */
export function checkRequest(needs: ModeNeeds, observed: Observation): Check | undefined {
  if (observed.kind !== 'success' && observed.kind !== 'exception' && observed.kind !== 'pending') return undefined;
  const { request, api } = observed;
  const device = api === 'getDisplayMedia' ? { audio: 'the screen\'s audio', video: 'the screen' } : { audio: 'the microphone', video: 'the camera' };
  const missing = [needs.audio && !request.audio ? device.audio : '', needs.video && !request.video ? device.video : ''].filter(Boolean);
  return check(
    'requested devices',
    missing.length === 0,
    `the app asked for what ${needs.label} needs (${api} ${JSON.stringify(request.constraints)})`,
    `the app did not ask for ${missing.join(' and ')} in ${needs.label} mode: it called ${api}(${JSON.stringify(request.constraints)})`,
  );
}

export function renderErrorTemplate(template: string, observed: Observation): string {
  const name = observed.kind === 'exception' ? observed.name : '';
  const message = observed.kind === 'exception' ? observed.message : '';
  return template.replaceAll('{name}', name).replaceAll('{message}', message);
}

/** A shown text, shortened for a one-line failure. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The step checks of a verdict: also what `explain` shows a past run against. */
export function stepChecks(shown: ShownStep[], exp: StepExpectation): Check[] {
  const ids = shown.map((s) => s.id ?? '');
  const list = ids.length ? ids.map((id) => id || '(unrecognised)').join(', ') : 'none';
  const checks: Check[] = [];
  const judged = exp.include.length + exp.exclude.length + exp.order.length > 0 || exp.first || exp.last;
  // A step the playbook cannot name would slip past every exclude (a camera step whose pattern has a
  // typo), so when any rule judges this cell's steps, each shown step must be one catalogue step.
  if (judged) {
    for (const s of shown) {
      if (s.id) continue;
      checks.push(
        check(
          'step recognised',
          false,
          '',
          s.ambiguous
            ? `shown step ${quote(s.text)} matches the text patterns of several playbook steps (${s.ambiguous.join(', ')}): make the patterns exclusive`
            : `shown step ${quote(s.text)} is none of the playbook's steps (it has no step id and matches no step's text pattern): add it to the playbook's steps`,
        ),
      );
    }
  }
  const has = (ref: string) => ids.some((id) => stepMatches(ref, id));
  /** How a failure names the step at a position: its id, or what it is when it has none. */
  const named = (i: number) => (i < 0 || i >= ids.length ? "'nothing'" : ids[i] ? `'${ids[i]}'` : `an unrecognised step ${quote(shown[i]!.text)}`);
  const indexOf = (ref: string) => ids.findIndex((id) => stepMatches(ref, id));

  for (const { step, why } of exp.include) {
    checks.push(check(`step ${step} shown`, has(step), `step '${step}' shown (${why})`, `missing step '${step}' (${why}); shown: ${list}`));
  }
  for (const { step, why } of exp.exclude) {
    const offenders = ids.filter((id) => stepMatches(step, id));
    checks.push(
      check(`step ${step} absent`, offenders.length === 0, `no step '${step}' shown (${why})`, `unexpected step${offenders.length > 1 ? 's' : ''} ${offenders.map((o) => `'${o}'`).join(', ')} shown (${why})`),
    );
  }
  if (exp.first) {
    const { step, why } = exp.first;
    const ok = ids.length > 0 && stepMatches(step, ids[0]!);
    checks.push(check(`first step ${step}`, ok, `first step is '${ids[0]}' (${why})`, `first step is ${named(0)}, expected '${step}' (${why}); shown: ${list}`));
  }
  if (exp.last) {
    const { step, why } = exp.last;
    const ok = ids.length > 0 && stepMatches(step, ids.at(-1)!);
    checks.push(check(`last step ${step}`, ok, `last step is '${ids.at(-1)}' (${why})`, `last step is ${named(ids.length - 1)}, expected '${step}' (${why})`));
  }
  for (const { steps, why } of exp.order) {
    const present = steps.filter(has);
    const wrong = present.findIndex((s, i) => i > 0 && indexOf(present[i - 1]!) > indexOf(s));
    checks.push(
      check(
        `order ${steps.join(' < ')}`,
        wrong < 0,
        `steps in order ${present.join(' < ') || '(none of them shown)'} (${why})`,
        wrong < 0 ? '' : `steps out of order: '${present[wrong - 1]}' must come before '${present[wrong]}' (${why}); shown: ${list}`,
      ),
    );
  }
  return checks;
}

export function decideVerdict(input: {
  expected: ExpectedObservation;
  observed: Observation;
  display: Display;
  steps: StepExpectation;
  errorTemplate: string;
  /** What the cell's mode needs the app to ask for; omitted, the request is not judged. */
  modeNeeds?: ModeNeeds;
  /** The profile's recorded snapshot for this cell; omitted, the profile has none. Checked after the rules. */
  snapshot?: SnapshotInput;
}): Verdict {
  const { expected, observed, display } = input;
  const checks: Check[] = [];
  // What the app asked for comes first: an app that leaves out a mode's device fails, whatever followed.
  const request = input.modeNeeds ? checkRequest(input.modeNeeds, observed) : undefined;
  if (request) {
    checks.push(request);
    if (!request.ok) return { status: 'failed', checks, failures: [request.detail] };
  }
  const obs = checkObservation(expected, observed);
  checks.push(obs);
  if (!obs.ok) {
    // In an unsupported browser a capture call is the app's own doing: it should have said so instead.
    if (expected.kind === 'no-capture-call' && (observed.kind === 'success' || observed.kind === 'exception' || observed.kind === 'pending')) {
      return { status: 'failed', checks, failures: [`the app called ${observed.api} in a browser it does not support here: expected ${describeExpected(expected)}; the page received ${describeObservation(observed)}`] };
    }
    // The harness did not reach the state (or the app never asked): nothing about the app can be judged.
    const appNeverAsked = observed.kind === 'no-call';
    // A capture call the engine should have answered and never did: the browser stalled under the cell.
    if (observed.kind === 'pending') {
      return { status: 'broken', brokenBy: 'environment', checks, failures: [`environment: the capture call never settled (${obs.detail})`] };
    }
    return {
      ...(appNeverAsked ? {} : { brokenBy: 'state-not-reached' as const }),
      status: appNeverAsked ? 'failed' : 'broken',
      checks,
      failures: [appNeverAsked ? `the app made no capture call after start (${obs.detail})` : `precondition failed: ${obs.detail}`],
    };
  }

  // Whether the browser asked (a closed prompt comes back, a block does not) is the browser's part of the state.
  if (expected.kind === 'exception' && expected.prompt) {
    const p = checkPrompt(expected.prompt, observed);
    checks.push(p);
    if (!p.ok) return { status: 'broken', brokenBy: 'state-not-reached', checks, failures: [`precondition failed: ${p.detail}`] };
  }

  if (expected.kind === 'success') {
    checks.push(check('success shown', display.successVisible, 'the app shows its success state', 'capture succeeded but the app did not show its success state'));
    checks.push(check('no error shown', !display.errorVisible, 'no error shown', `capture succeeded but the app shows an error: "${display.errorText}"`));
  } else {
    const shown =
      expected.kind === 'no-capture-call'
        ? check(
            'error shown',
            display.errorVisible,
            `the app says it cannot capture here: "${display.errorText}"`,
            `the app shows no advice for an unsupported browser: ${describeObservation(observed)} and no error is shown${display.successVisible ? ' (it shows its success state)' : ''}`,
          )
        : check('error shown', display.errorVisible, `the app shows "${display.errorText}"`, `the app swallowed the error: the page received ${describeObservation(observed)} but no error is shown`);
    checks.push(shown);
    // No error shown: that is the one cause; the steps it would have listed are not judged (no cascade of follow-on lines).
    if (!shown.ok) return { status: 'failed', checks, failures: [shown.detail] };
    // Only a real exception has a name and message to quote; a missing API has none.
    if (observed.kind === 'exception') {
      const want = renderErrorTemplate(input.errorTemplate, observed);
      checks.push(
        check(
          'error text',
          display.errorText.includes(want),
          `the error text contains "${want}"`,
          `the app shows "${display.errorText}" but the page received ${describeObservation(observed)} (expected the text to contain "${want}")`,
        ),
      );
    }
    checks.push(...stepChecks(display.steps, input.steps));
    // Rules first (what the app must show), the recording second (that it still shows what it did).
    if (input.snapshot) checks.push(...snapshotChecks(input.snapshot, display.errorText, display.steps));
  }
  const failures = checks.filter((c) => !c.ok).map((c) => c.detail);
  return { status: failures.length ? 'failed' : 'passed', checks, failures };
}

/** After a recovery the capture must be live: a stream whose tracks ended records nothing, whatever the app shows. */
export function checkLiveTracks(tracks: ReadonlyArray<{ kind: string; readyState?: string }>): Check {
  const list = tracks.map((t) => `${t.kind} ${t.readyState ?? 'unknown'}`).join(', ') || 'none';
  const ok = tracks.length > 0 && tracks.every((t) => t.readyState === 'live');
  return check('tracks live', ok, `the new capture's tracks are live (${list})`, tracks.length ? `the app shows success but the tracks it got are not live (${list}): nothing is being recorded` : 'the new capture returned no tracks');
}
