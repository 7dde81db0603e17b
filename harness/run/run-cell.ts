// One cell, start to verdict, written once for every runner:
// set condition → open app → select mode → start → observe → assert, each an Allure step.
import { readFileSync } from 'node:fs';
import { apiOf } from '../engines/capture-kind.ts';
import type { Cell } from '../matrix/cell.ts';
import { observe, PROBE_SCRIPT, READ_PROBE_EXPRESSION, settled, type Observation, type ProbeLog } from '../probe/probe-log.ts';
import type { CellReporter, CellSession, SessionRequest } from '../runners/driver.ts';
import { ProfileStepError, readDisplay, runActions } from '../target/interpret.ts';
import type { LoadedTarget } from '../target/load-target.ts';
import { redact } from '../target/load-target.ts';
import { framedUrl, insecureUrl } from '../target/placement-urls.ts';
import { expectedSteps } from '../verdict/expected-steps.ts';
import { decideVerdict, describeObservation, type Display, type Verdict } from '../verdict/verdict.ts';
import type { CellPlan } from './cell-plan.ts';
import { writeCellResult, writeCellScreenshot, type CellResult } from './cell-result.ts';

const REJECTION_SCRIPT = readFileSync(new URL('../engines/emulated/page-rejection.js', import.meta.url), 'utf8');

export interface Stage {
  /** The app's URL (query already applied). */
  appUrl: string;
  /** Origin of the harness server that hosts the cross-origin wrapper page (and the HTTP proxy). */
  frameHostOrigin: string;
  /** Makes the proxy inject these scripts into every HTML page (for engines without init scripts). */
  injectScripts(scripts: string[]): void;
}

export interface RunCellInput {
  plan: CellPlan;
  target: LoadedTarget;
  stage: Stage;
  reporter: CellReporter;
  /** Opens a browser in the plan's condition (runner-specific). */
  openSession(request: SessionRequest): Promise<CellSession>;
  runnerLabel: string;
}

export function initScriptsFor(plan: CellPlan): string[] {
  const scripts: string[] = [];
  const r = plan.condition.emulatedRejection;
  if (r) scripts.push(`(${REJECTION_SCRIPT.trim().replace(/;$/, '')})(${JSON.stringify(r)});`);
  scripts.push(PROBE_SCRIPT);
  return scripts;
}

export function entryUrl(plan: CellPlan, stage: Stage): { url: string; framePrefix?: string; appUrl: string } {
  const p = plan.condition.placement;
  const appUrl = p.insecureOrigin ? insecureUrl(stage.appUrl) : stage.appUrl;
  if (p.crossOriginFrame) return { url: framedUrl(stage.frameHostOrigin, appUrl), framePrefix: new URL(appUrl).origin, appUrl };
  return { url: appUrl, appUrl };
}

async function waitUntilSettled(session: CellSession, api: 'getUserMedia' | 'getDisplayMedia', timeoutMs: number): Promise<ProbeLog | null> {
  const deadline = Date.now() + timeoutMs;
  let log: ProbeLog | null = null;
  for (;;) {
    log = (await session.page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null;
    if (settled(log, api) || Date.now() > deadline) return log;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function runCell(input: RunCellInput): Promise<CellResult> {
  const { plan, target, stage, reporter } = input;
  const { cell, condition } = plan;
  const profile = target.profile;
  const t0 = Date.now();
  await labelCell(reporter, cell, plan, input.runnerLabel);

  const entry = entryUrl(plan, stage);
  const api = apiOf(cell.mode);
  const tm = profile.timeouts;
  let session: CellSession | undefined;
  let observed: Observation = { kind: 'no-probe' };
  let probeLog: ProbeLog | null = null;
  let display: Display | undefined;
  let verdict: Verdict;
  let browserVersion = '';
  const artifacts: string[] = [];
  try {
    session = await reporter.step(`set condition: ${condition.fidelity} — ${condition.mechanism}`, () =>
      input.openSession({
        cell,
        condition,
        initScripts: initScriptsFor(plan),
        appOrigin: new URL(entry.appUrl).origin,
        headers: profile.headers,
        cookies: profile.cookies,
        cookieUrl: entry.appUrl,
        appFrameUrlPrefix: entry.framePrefix,
        proxyOrigin: stage.frameHostOrigin,
      }),
    );
    browserVersion = session.browserVersion;
    await reporter.parameter('browser version', browserVersion);
    const page = session.page;
    await reporter.step(`open app ${redact(entry.url, target.secrets)}`, async () => {
      try {
        await page.goto(entry.url);
      } catch (e) {
        throw new ProfileStepError(`profile step 'open url' failed: ${String((e as Error).message).split('\n')[0]}`);
      }
      await runActions(page, profile.setup, 'setup', tm.actionMs);
      if (condition.placement.staleDevice) await runActions(page, profile.staleDevice ?? [], 'staleDevice', tm.actionMs);
    });
    await reporter.step(`select mode ${cell.mode}`, () => runActions(page, profile.modes[cell.mode] ?? [], `modes.${cell.mode}`, tm.actionMs));
    await reporter.step('start', async () => {
      await runActions(page, profile.start, 'start', tm.actionMs);
      await session!.afterStart();
    });
    probeLog = await reporter.step(`observe ${api}`, async () => {
      const log = await waitUntilSettled(session!, api, tm.captureMs);
      observed = observe(log, api);
      return log;
    });
    display = await reporter.step('read what the app shows', async () => {
      // The app renders after the promise settles: wait for one of its outcomes before reading.
      const deadline = Date.now() + tm.actionMs;
      let d = await readDisplay(page, profile, target.playbook);
      while (!d.successVisible && !d.errorVisible && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        d = await readDisplay(page, profile, target.playbook);
      }
      return d;
    });
    verdict = await reporter.step('assert observed exception and troubleshooting steps', async () =>
      decideVerdict({
        expected: condition.expected,
        observed,
        display: display!,
        steps: expectedSteps(target.playbook, cell),
        errorTemplate: profile.outcome.errorText,
      }),
    );
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    const isProfile = e instanceof ProfileStepError;
    verdict = {
      status: isProfile ? 'failed' : 'broken',
      checks: [],
      failures: [isProfile ? message : `harness error: ${message.split('\n')[0]}`],
    };
  }

  if (session) {
    // One retry: a busy WebKit sometimes refuses the first capture; a crashed page has none at all.
    const png = await session.page.screenshot().catch(() => session!.page.screenshot()).catch(() => undefined);
    if (png) {
      await reporter.attach('what the user sees', png, 'image/png');
      writeCellScreenshot(input.runnerLabel, cell.id, png);
    }
    await reporter.attach('probe call log', redact(JSON.stringify(probeLog, null, 2), target.secrets), 'application/json');
    await reporter.attach('page console', redact(session.page.consoleLines().join('\n') || '(empty)', target.secrets), 'text/plain');
    await session.close().catch(() => {});
    for (const a of session.artifacts?.() ?? []) {
      await reporter.attach(`${a.kind}: ${a.path}`, readFileSync(a.path), a.kind === 'trace' ? 'application/vnd.allure.playwright-trace' : a.kind === 'video' ? 'video/webm' : 'text/plain').catch(() => {});
      artifacts.push(a.path);
    }
  }
  const result: CellResult = {
    id: cell.id,
    cell,
    runner: input.runnerLabel,
    fidelity: condition.fidelity,
    mechanism: condition.mechanism,
    status: verdict.status,
    failures: verdict.failures,
    checks: verdict.checks,
    observed: describeObservation(observed),
    errorText: display?.errorText ?? '',
    steps: display?.steps ?? [],
    browserVersion,
    durationMs: Date.now() - t0,
    ...(artifacts.length ? { artifacts } : {}),
  };
  writeCellResult(result);
  return result;
}

async function labelCell(reporter: CellReporter, cell: Cell, plan: CellPlan, runner: string): Promise<void> {
  await reporter.label('browser', cell.browser);
  await reporter.label('engine', cell.engine);
  await reporter.label('os', cell.os);
  await reporter.label('state', cell.state);
  await reporter.label('mode', cell.mode);
  await reporter.label('fidelity', plan.unavailable ? 'unavailable' : plan.condition.fidelity);
  await reporter.label('runner', runner);
  await reporter.label('env', `${cell.engine}-${runner}`);
  await reporter.label('epic', cell.engine);
  await reporter.label('feature', cell.state);
  await reporter.label('story', cell.mode);
  for (const [k, v] of Object.entries({ browser: cell.browser, os: cell.os, state: cell.state, mode: cell.mode, engine: cell.engine, runner, fidelity: plan.condition.fidelity, mechanism: plan.condition.mechanism })) {
    await reporter.parameter(k, v);
  }
  await reporter.description(
    [
      `**${cell.id}** on ${cell.engine} via ${runner}`,
      `- fidelity: **${plan.condition.fidelity}** — ${plan.condition.mechanism}`,
      plan.condition.why ? `- why not native: ${plan.condition.why}` : '',
      plan.condition.expected.kind === 'exception' ? `- expected exception: ${plan.condition.expected.name} "${plan.condition.expected.message}" (source: ${plan.condition.expected.source})` : `- expected: ${plan.condition.expected.kind}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
