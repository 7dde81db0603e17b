// A recovery cell's second phase, after its first passed: the browser-side equivalent of the user's
// action (the engine's driver changes a permission, or the page-boundary rejection is lifted), then the
// user's own part in the app from the target profile (reload and start again, or its retry actions),
// then a new capture call observed and judged: the app must record again, live, with the error gone.
// A mid-session change (`app: 'notice'`) asks nothing of the user: the recording's tracks must end, and
// the app must notice on its own.
import { actionRow } from '../../scenarios/axes.ts';
import { readDisplay, runActions } from '../app-profile/interpret.ts';
import type { LoadedTarget } from '../app-profile/load-profile.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { Display, Verdict } from '../contract/cell-result.ts';
import type { CellReporter, CellSession } from '../contract/session.ts';
import { apiOf } from '../engines/capture-kind.ts';
import { endTracksExpression } from '../engines/end-tracks.ts';
import { LIFT_REJECTION_EXPRESSION } from '../engines/page-rejection.ts';
import { lastTracks, MARK_PROBE_EXPRESSION, observe, READ_PROBE_EXPRESSION, recordingTracks, settled, sinceMark, tracksEnded, type ProbeLog } from '../probe/probe-log.ts';
import { stepsAfterRecovery } from '../verdict/expected-steps.ts';
import { decideRecoveryVerdict } from '../verdict/recovery-verdict.ts';
import { decideTracksEndedVerdict } from '../verdict/tracks-ended-verdict.ts';
import { describeObservation, type ModeNeeds } from '../verdict/verdict.ts';

export interface RecoveryOutcome {
  verdict: Verdict;
  /** What the page received after the action (or, after a mid-session change, what became of its tracks), in words. */
  observed: string;
  probeLog: ProbeLog | null;
  display: Display;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function recoverPhase(input: { plan: CellPlan; target: LoadedTarget; session: CellSession; reporter: CellReporter; pollMs: number; modeNeeds: ModeNeeds }): Promise<RecoveryOutcome> {
  const { plan, target, session, reporter, pollMs } = input;
  const r = plan.condition.recovery!;
  const a = actionRow(r.action);
  const profile = target.profile;
  const tm = profile.timeouts;
  const page = session.page;
  const api = apiOf(plan.cell.mode);
  const how = `${a.selectsDevice ? "the profile's selectOtherDevice, then " : ''}${a.app === 'reload' ? "a reload and the profile's setup, mode and start" : "the profile's retry"}`;

  const retry = () => runActions(page, profile.retry ?? [], 'retry', tm.actionMs);
  const settledAfterMark = async () => {
    const deadline = Date.now() + tm.captureMs;
    for (;;) {
      const log = sinceMark((await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null);
      if (settled(log, api) || Date.now() > deadline) return log;
      await sleep(pollMs);
    }
  };
  // Earlier attempts answered the same way (the embargo counts three dismissals): each must settle first.
  for (let i = 1; i <= a.retriesBefore; i++) {
    await page.evaluate(MARK_PROBE_EXPRESSION);
    await reporter.step(`user: tries again (${i} of ${a.retriesBefore} before the judged attempt; the profile's retry)`, async () => {
      await retry();
      await session.afterStart();
      const log = await settledAfterMark();
      if (!settled(log, api)) throw new Error(`attempt ${i} of ${r.action}: the ${api} call after the profile's retry did not settle within ${tm.captureMs} ms`);
    });
  }
  await page.evaluate(MARK_PROBE_EXPRESSION);
  await reporter.step(`apply ${r.action}: ${r.fidelity} — ${r.mechanism}`, async () => {
    if (r.permissions || r.promptAnswer) {
      if (!session.recover) throw new Error(`this runner's driver cannot apply ${r.action} (no run-time permission change or prompt answer)`);
      await session.recover(r);
    }
    if (r.liftRejection && (await page.evaluate(LIFT_REJECTION_EXPRESSION)) !== true) throw new Error('no page-boundary rejection to lift was found in the page');
    if (r.endTracks && !((await page.evaluate(endTracksExpression(r.endTracks))) as number)) throw new Error('no live track of a recording was found in the page to end');
  });
  const expected = r.expected;
  if (expected.kind === 'tracks-ended') return noticed(input, r.mechanism);
  await reporter.step(`user: ${a.summary} (${how})`, async () => {
    if (a.selectsDevice) await runActions(page, profile.selectOtherDevice ?? [], 'selectOtherDevice', tm.actionMs);
    if (a.app === 'reload') {
      await runActions(page, [{ reload: true, name: 'reload the page' }], 'reload', tm.actionMs);
      await runActions(page, profile.setup, 'setup', tm.actionMs);
      await runActions(page, profile.modes[plan.cell.mode] ?? [], `modes.${plan.cell.mode}`, tm.actionMs);
      await runActions(page, profile.start, 'start', tm.actionMs);
    } else await retry();
    // As after the first start: a real prompt or picker shown again is answered as the cell says.
    await session.afterStart();
  });
  const probeLog = await reporter.step(`observe ${api} after ${r.action}`, settledAfterMark);
  const observedNow = observe(probeLog, api);
  // Where the state lasts (or turns into another refusal), the app must give that state's advice.
  const stepsAfter = stepsAfterRecovery(target.playbook, plan.cell, r);
  const display = await reporter.step(`read what the app shows after ${r.action}`, async () => {
    // Recovered means recording with the error gone (or, where the state lasts, the advice shown again);
    // give the app its action timeout to get there.
    const deadline = Date.now() + tm.actionMs;
    const done = (d: Display) => (expected.kind === 'success' ? d.successVisible && !d.errorVisible : d.errorVisible && d.steps.length > 0);
    let d = await readDisplay(page, profile, target.playbook);
    while (observedNow.kind !== 'no-call' && !done(d) && Date.now() < deadline) {
      await sleep(pollMs);
      d = await readDisplay(page, profile, target.playbook);
    }
    return d;
  });
  // The tracks' readyState as of now, after the app settled: read once more.
  const tracks = lastTracks(sinceMark((await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null), api);
  const verdict = await reporter.step(`assert the app records after ${r.action}`, async () =>
    decideRecoveryVerdict({ action: r.action, how, expected, observed: observedNow, display, tracks, errorTemplate: profile.outcome.errorText, modeNeeds: input.modeNeeds, steps: stepsAfter }),
  );
  return { verdict, observed: describeObservation(observedNow), probeLog, display };
}

/**
 * After a mid-session change: the recording's tracks must end (the browser's part, waited for up to the
 * capture timeout), then the app, left alone, must stop showing that it records and give the advice of
 * the state the change left.
 */
async function noticed(input: Parameters<typeof recoverPhase>[0], how: string): Promise<RecoveryOutcome> {
  const { plan, target, session, reporter, pollMs } = input;
  const r = plan.condition.recovery!;
  const { profile } = target;
  const page = session.page;
  const api = apiOf(plan.cell.mode);
  const read = async () => (await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null;
  const t0 = Date.now();
  // The whole log: the recording's call was made before the mark.
  const probeLog = await reporter.step(`observe the recording's tracks after ${r.action}`, async () => {
    for (;;) {
      const log = await read();
      if (tracksEnded(recordingTracks(log, api)) || Date.now() - t0 > profile.timeouts.captureMs) return log;
      await sleep(pollMs);
    }
  });
  const waitedMs = Date.now() - t0;
  const steps = stepsAfterRecovery(target.playbook, plan.cell, r)!;
  const display = await reporter.step(`read what the app shows after ${r.action} (the user does nothing)`, async () => {
    const deadline = Date.now() + profile.timeouts.actionMs;
    const done = (d: Display) => !d.successVisible && d.errorVisible && d.steps.length > 0;
    let d = await readDisplay(page, profile, target.playbook);
    while (!done(d) && Date.now() < deadline) {
      await sleep(pollMs);
      d = await readDisplay(page, profile, target.playbook);
    }
    return d;
  });
  const tracks = recordingTracks(await read(), api);
  const verdict = await reporter.step(`assert the app noticed ${r.action}`, async () => decideTracksEndedVerdict({ action: r.action, how, tracks, waitedMs, display, steps }));
  const observed = `the recording's tracks: ${tracks.map((t) => `${t.kind} ${t.readyState ?? 'unknown'}${t.endedAt !== undefined ? ' (ended event)' : ''}`).join(', ') || 'none'}`;
  return { verdict, observed, probeLog, display };
}
