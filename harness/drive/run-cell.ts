// One cell, start to verdict, written once for every runner:
// set condition → open app → select mode → start → observe → read → assert, each a reported step;
// then the evidence (screenshot, probe log, console, runner artifacts) and the result record.
import { readFileSync } from 'node:fs';
import { ProfileStepError, readDisplay, runActions, whyStartIsNotPossible } from '../app-profile/interpret.ts';
import { actionName } from '../app-profile/profile-schema.ts';
import { redact, type LoadedTarget } from '../app-profile/load-profile.ts';
import { planRunKey, type CellPlan } from '../contract/cell-plan.ts';
import type { CellResult, Display, Verdict } from '../contract/cell-result.ts';
import type { RunOptions } from '../contract/run-options.ts';
import type { AppPage, CellReporter, CellSession, SessionRequest, Stage } from '../contract/session.ts';
import { apiOf } from '../engines/capture-kind.ts';
import { observe, READ_PROBE_EXPRESSION, settled, type Observation, type ProbeLog } from '../probe/probe-log.ts';
import { failureCause } from '../report/failure-cause.ts';
import { labelCell, sessionMetadata } from '../report/cell-labels.ts';
import { readCellResult, writeCellResult, writeCellScreenshot } from '../report/cell-results.ts';
import { redactArtifact } from '../report/redact-artifact.ts';
import { expectedSteps, stepsAfterRecovery } from '../verdict/expected-steps.ts';
import { imageType } from '../util/image-type.ts';
import { environmentFault } from '../verdict/environment-fault.ts';
import { checkedAgainst } from '../verdict/checked-against.ts';
import { decideVerdict, describeObservation, type ModeNeeds } from '../verdict/verdict.ts';
import { startNotPossibleVerdict } from '../verdict/start-not-possible.ts';
import { modeRow, type Mode } from '../../scenarios/axes.ts';
import { entryUrl, initScriptsFor, type CellEntry } from './cell-entry.ts';
import { recoverPhase, type RecoveryOutcome } from './recover-phase.ts';
import { checkReachable } from './stage.ts';

const answers = (url: string) => checkReachable(url, 2000).then(() => true, () => false);

export interface RunCellInput {
  plan: CellPlan;
  target: LoadedTarget;
  stage: Stage;
  reporter: CellReporter;
  options: RunOptions;
  /** Opens a browser in the plan's condition (the runner plug-in with the engine's driver). */
  openSession(request: SessionRequest): Promise<CellSession>;
  runnerLabel: string;
  /** How often the probe and the app's display are polled. */
  pollMs?: number;
  /** The run's `--query` pairs: part of the cell's history identity. */
  query?: Record<string, string>;
  /** A hostname of this cell's own for a loopback app (engines that isolate `*.localhost` origins). */
  isolatedHost?: string;
  /** 0 for the first run of this cell, n for its n-th retry. */
  attempt?: number;
  /** Whether the app's server answers (asked when a step fails); an HTTP GET unless a test says otherwise. */
  appAnswers?: (url: string) => Promise<boolean>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `orShown`: where no capture call is expected (an unsupported browser), the app's own outcome ends
 * the wait too, so a page that rightly never calls does not cost the whole capture timeout.
 */
async function waitUntilSettled(page: AppPage, api: 'getUserMedia' | 'getDisplayMedia', timeoutMs: number, pollMs: number, orShown?: () => Promise<boolean>): Promise<ProbeLog | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = (await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null;
    if (settled(log, api) || Date.now() > deadline) return log;
    if (orShown && (await orShown())) return (await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null;
    await sleep(pollMs);
  }
}

/** The app renders after the promise settles: wait for one of its outcomes before reading. */
async function waitForDisplay(page: AppPage, target: LoadedTarget, timeoutMs: number, pollMs: number): Promise<Display> {
  const deadline = Date.now() + timeoutMs;
  let d = await readDisplay(page, target.profile, target.playbook);
  while (!d.successVisible && !d.errorVisible && Date.now() < deadline) {
    await sleep(pollMs);
    d = await readDisplay(page, target.profile, target.playbook);
  }
  return d;
}

/** What the mode needs the app to ask for: scenarios/axes.ts MODES, unless the target profile says its mode differs. */
function modeNeedsOf(target: LoadedTarget, mode: Mode): ModeNeeds {
  const row = modeRow(mode);
  const own = target.profile.modeNeeds?.[mode];
  return { label: row.label, audio: own?.audio ?? row.audio, video: own?.video ?? row.video };
}

/**
 * A browser, page, session or server that gave way is an environment failure (even inside a profile
 * step); another profile step the app did not allow is the app's failure; anything else is the
 * harness's own error (broken, state not reached).
 */
function verdictOfError(e: unknown): Verdict {
  const message = String((e as Error)?.message ?? e);
  const fault = environmentFault(message);
  if (fault) return { status: 'broken', brokenBy: 'environment', checks: [], failures: [`environment: ${fault}: ${message.split('\n')[0]}`] };
  if (e instanceof ProfileStepError) return { status: 'failed', checks: [], failures: [message] };
  return { status: 'broken', brokenBy: 'state-not-reached', checks: [], failures: [`harness error: ${message.split('\n')[0]}`] };
}

/** What a runner needs to open a browser in the plan's condition with the app's entry ready (cells and `init` alike). */
export function sessionRequestFor(plan: CellPlan, target: LoadedTarget, stage: Stage, entry: CellEntry, options: RunOptions): SessionRequest {
  return {
    cell: plan.cell,
    condition: plan.condition,
    initScripts: initScriptsFor(plan, options.activeMutant),
    appOrigin: new URL(entry.appUrl).origin,
    headers: target.profile.headers,
    cookies: target.profile.cookies,
    cookieUrl: entry.appUrl,
    appFrameUrlPrefix: entry.framePrefix,
    proxyOrigin: stage.frameHostOrigin,
    isolatedOrigin: entry.isolated,
    ...(plan.endpoint ? { endpoint: plan.endpoint } : {}),
    options,
  };
}

export async function runCell(input: RunCellInput): Promise<CellResult> {
  const { plan, target, stage, reporter, options } = input;
  const { cell, condition } = plan;
  const profile = target.profile;
  // The capture call settles within milliseconds on loopback: poll often, each poll is one evaluate.
  const pollMs = input.pollMs ?? 15;
  const t0 = Date.now();
  const steps = expectedSteps(target.playbook, cell);
  const against = checkedAgainst(condition.expected, steps, !!target.snapshot, stepsAfterRecovery(target.playbook, cell, condition.recovery));
  const snapshot = target.snapshot
    ? { ...(target.snapshot.cells[cell.id] ? { entry: target.snapshot.cells[cell.id]! } : {}), mode: options.snapshot ?? ('check' as const), file: target.snapshot.path, cellId: cell.id }
    : undefined;
  // The run's query and this run's own (an app variant) are both part of the cell's history.
  await labelCell(reporter, plan, input.runnerLabel, { target: profile.name, query: { ...(input.query ?? {}), ...(plan.query ?? {}) } }, against);

  const entry = entryUrl(plan, stage, input.isolatedHost);
  const api = apiOf(cell.mode);
  const tm = profile.timeouts;
  let session: CellSession | undefined;
  let observed: Observation = { kind: 'not-reached' };
  let probeLog: ProbeLog | null = null;
  let display: Display | undefined;
  let verdict: Verdict;
  /** Why the page offers no start (only asked where the profile says start is not possible). */
  let blocked: string | undefined;
  let recovery: RecoveryOutcome | undefined;
  try {
    session = await reporter.step(`set condition: ${condition.fidelity} — ${condition.mechanism}`, () =>
      input.openSession(sessionRequestFor(plan, target, stage, entry, options)),
    );
    const s = session;
    await reporter.metadata(sessionMetadata(s));
    await reporter.step(`open app ${redact(entry.url, target.secrets)}`, async () => {
      try {
        await s.page.goto(entry.url);
      } catch (e) {
        throw new ProfileStepError(`profile step 'open url' failed: ${String((e as Error).message).split('\n')[0]}`);
      }
      await runActions(s.page, profile.setup, 'setup', tm.actionMs);
      if (condition.placement.staleDevice) await runActions(s.page, profile.staleDevice ?? [], 'staleDevice', tm.actionMs);
    });
    await reporter.step(`select mode ${cell.mode}`, () => runActions(s.page, profile.modes[cell.mode] ?? [], `modes.${cell.mode}`, tm.actionMs));
    // `startNotPossible`: in these states Start is not clicked; the page must offer no way to start.
    const cannotStart = profile.startNotPossible?.states.includes(cell.state) ? profile.startNotPossible : undefined;
    await reporter.step(cannotStart ? 'start (the profile says it is not possible here)' : 'start', async () => {
      if (cannotStart) blocked = await whyStartIsNotPossible(s.page, profile.start, cannotStart.message);
      if (blocked !== undefined) return;
      await runActions(s.page, profile.start, 'start', tm.actionMs);
      await s.afterStart();
    });
    probeLog = await reporter.step(`observe ${api}`, async () => {
      const orShown =
        condition.expected.kind === 'no-capture-call'
          ? async () => {
              const d = await readDisplay(s.page, profile, target.playbook);
              return d.errorVisible || d.successVisible;
            }
          : undefined;
      // Nothing was started: what the page did so far is all there is to read.
      const log = await waitUntilSettled(s.page, api, blocked !== undefined ? 0 : tm.captureMs, pollMs, orShown);
      observed = observe(log, api);
      return log;
    });
    display = await reporter.step('read what the app shows', () => (blocked !== undefined ? readDisplay(s.page, profile, target.playbook) : waitForDisplay(s.page, target, tm.actionMs, pollMs)));
    const shown = display;
    verdict = await reporter.step(cannotStart ? 'assert that start is not possible and nothing was asked' : 'assert observed exception and troubleshooting steps', async () =>
      cannotStart
        ? startNotPossibleVerdict({ state: cell.state, blocked, observed, startLabel: `start[0] '${actionName(profile.start[0]!)}'` })
        : decideVerdict({ expected: condition.expected, observed, display: shown, steps, errorTemplate: profile.outcome.errorText, modeNeeds: modeNeedsOf(target, cell.mode), ...(snapshot ? { snapshot } : {}) }),
    );
    // A recovery cell goes on only once its first state was handled right: advice judged, then applied.
    if (condition.recovery && verdict.status === 'passed') {
      const first = verdict;
      recovery = await recoverPhase({ plan, target, session: s, reporter, pollMs, modeNeeds: modeNeedsOf(target, cell.mode) });
      verdict = { ...recovery.verdict, checks: [...first.checks, ...recovery.verdict.checks] };
    }
  } catch (e) {
    verdict = verdictOfError(e);
    // A step can fail with a driver's generic "unknown error" while the page or session is already
    // gone (Xvfb killed under WebKit): ask the page for something trivial; if it cannot answer, the
    // failure was the environment's, in the words of that answer.
    if (verdict.brokenBy !== 'environment' && session) {
      const dead = await Promise.race([
        session.page.evaluate('1').then(() => undefined, (err: unknown) => String((err as Error)?.message ?? err)),
        sleep(3000).then(() => 'the page did not answer within 3 s'),
      ]);
      if (dead !== undefined) {
        verdict = { status: 'broken', brokenBy: 'environment', checks: [], failures: [`environment: ${environmentFault(dead) ?? 'the browser stopped answering'}: ${dead.split('\n')[0]}; the step said: ${verdict.failures[0] ?? ''}`] };
      }
    }
    // A step that failed because the app's server stopped answering is the environment, whatever the
    // browser made of it (Chromium throws on the navigation, WebKit shows an error page and the next
    // step finds no control): asked directly, the server says.
    if (verdict.brokenBy !== 'environment' && !(await (input.appAnswers ?? answers)(stage.appUrl))) {
      verdict = { status: 'broken', brokenBy: 'environment', checks: [], failures: [`environment: the app server did not answer (${stage.appUrl}); the step said: ${verdict.failures[0] ?? ''}`] };
    }
  }

  // The verdict kind as a label, the same on every runner (Allure's own status under Playwright Test
  // cannot tell an app failure from a state not reached: any thrown error is "failed" there).
  // And why it did not pass, for Allure's categories.
  const cause = failureCause(verdict);
  await reporter.metadata({ labels: [['verdict', verdict.brokenBy === 'environment' ? 'environment' : verdict.status], ...(cause ? [['cause', cause] as [string, string]] : [])] }).catch(() => {});
  const artifacts = session ? await collectEvidence(input, session, recovery ? { first: probeLog, afterRecovery: recovery.probeLog } : probeLog) : [];
  const result: CellResult = {
    id: cell.id,
    cell,
    runner: input.runnerLabel,
    fidelity: condition.fidelity,
    mechanism: condition.mechanism,
    status: verdict.status,
    ...(verdict.status === 'broken' ? { brokenBy: verdict.brokenBy ?? 'state-not-reached' } : {}),
    failures: verdict.failures,
    checks: verdict.checks,
    observed: describeObservation(observed),
    ...exceptionOf(observed),
    observedKind: kindOf(observed),
    errorText: display?.errorText ?? '',
    steps: display?.steps ?? [],
    checkedAgainst: against,
    browserVersion: session?.browserVersion ?? '',
    ...(session?.remote ? { remote: session.remote } : {}),
    ...(plan.query ? { query: plan.query } : {}),
    ...(plan.repeat ? { repeat: plan.repeat } : {}),
    ...attemptHistory(input, verdict.status),
    ...(session?.reusedPage ? { reusedPage: true } : {}),
    ...(recovery
      ? {
          recovery: {
            action: condition.recovery!.action,
            observed: recovery.observed,
            successShown: recovery.display.successVisible,
            errorShown: recovery.display.errorVisible,
            errorText: recovery.display.errorText,
          },
        }
      : {}),
    durationMs: Date.now() - t0,
    ...(artifacts.length ? { artifacts } : {}),
  };
  writeCellResult(options.cellResultsDir, result);
  return result;
}

/** A retry (attempt > 0) carries the statuses of the attempts before it, read from their result; a pass after a failure is flaky. */
function attemptHistory(input: RunCellInput, status: CellResult['status']): Pick<CellResult, 'earlierAttempts' | 'flaky'> {
  if (!input.attempt) return {};
  const { plan, options, runnerLabel } = input;
  const previous = readCellResult(options.cellResultsDir, runnerLabel, planRunKey(plan));
  const earlierAttempts = previous ? [...(previous.earlierAttempts ?? []), previous.status] : [];
  return { earlierAttempts, ...(status === 'passed' && earlierAttempts.some((s) => s !== 'passed') ? { flaky: true } : {}) };
}

function kindOf(o: Observation): string {
  return o.kind;
}

function exceptionOf(o: Observation): Pick<CellResult, 'exception'> {
  return o.kind === 'exception' ? { exception: { name: o.name, message: o.message, ...(o.constraint ? { constraint: o.constraint } : {}) } } : {};
}

/** Screenshot, probe log and console go to the report; the session is closed; its files are attached. */
async function collectEvidence(input: RunCellInput, session: CellSession, probeLog: ProbeLog | null | Record<string, ProbeLog | null>): Promise<string[]> {
  const { reporter, target, plan, options } = input;
  // One retry: a busy WebKit sometimes refuses the first capture; a crashed page has none at all.
  const image = await session.page.screenshot().catch(() => session.page.screenshot()).catch(() => undefined);
  if (image) {
    await reporter.attach('what the user sees', image, imageType(image).contentType);
    writeCellScreenshot(options.cellResultsDir, input.runnerLabel, planRunKey(plan), image);
  }
  await reporter.attach('probe call log', redact(JSON.stringify(probeLog, null, 2), target.secrets), 'application/json');
  await reporter.attach('page console', redact(session.page.consoleLines().join('\n') || '(empty)', target.secrets), 'text/plain');
  await session.close().catch(() => {});
  const paths: string[] = [];
  for (const a of session.artifacts?.() ?? []) {
    const type = a.kind === 'trace' ? 'application/vnd.allure.playwright-trace' : a.kind === 'video' ? 'video/webm' : 'text/plain';
    try {
      if (a.kind !== 'video') await redactArtifact(a.path, target.secrets);
      await reporter.attach(`${a.kind}: ${a.path}`, readFileSync(a.path), type);
      paths.push(a.path);
    } catch {
      // A trace the browser could not write is missing evidence, not a verdict.
    }
  }
  return paths;
}
