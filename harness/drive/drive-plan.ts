// drivePlan(): the one loop every entry point shares (the CLI's own process, Playwright Test's spec,
// WebdriverIO's spec). For one runner it opens the stage (loopback servers) and the runner plug-in,
// then runs each of its cells through run-cell with the engine's driver for that runner.
import { loadTarget, type LoadedTarget } from '../app-profile/load-profile.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';
import type { RunnerInstance, RunnerPlugin } from '../contract/runner-plugin.ts';
import type { CellReporter, CellSession } from '../contract/session.ts';
import { engines as defaultEngines, type EngineRegistry } from '../engines/registry.ts';
import type { RunPlan } from '../plan/run-plan.ts';
import { runners as defaultRunners, type RunnerRegistry } from '../runners/registry.ts';
import { reportUnavailable } from './report-unavailable.ts';
import { runCell, sessionRequestFor } from './run-cell.ts';
import { entryUrl } from './cell-entry.ts';
import { openStage, type OpenStage } from './stage.ts';

/**
 * A cell's own hostname under localhost: `c12.w4242.localhost`, all of a worker's cells one site (so a
 * warm page keeps its renderer); with `ownSite`, one label (`c12-w4242.localhost`), a site of its own.
 * Firefox keys the block a closed prompt leaves by site (measured ESR 153: after an Escape on
 * c1.w1.localhost, c2.w1.localhost was refused without a prompt; c1.localhost and c3.localhost are
 * asked separately).
 */
export function isolatedHostFor(n: number, ownSite = false, pid = process.pid): string {
  return ownSite ? `c${n}-w${pid}.localhost` : `c${n}.w${pid}.localhost`;
}

export interface DriveDeps {
  engines?: EngineRegistry;
  runners?: RunnerRegistry;
  /** Already-loaded target (tests); else read from the plan's profile path. */
  target?: LoadedTarget;
  pollMs?: number;
  /**
   * Given, a runner's browsers and servers close while the caller goes on (the CLI writes its summary
   * meanwhile and awaits the closing before it exits): closing Chromium takes about 0.2 s here, a
   * sixth of a one-cell run. Without it, drivePlan waits for each runner's closing.
   */
  deferClose?: (closing: Promise<void>) => void;
}

/** What happened to one planned cell: a result, or the reason it could not run. */
export type CellOutcome = { kind: 'ran'; result: CellResult } | { kind: 'skipped'; reason: string };

/** One runner's share of a run plan, driven cell by cell inside one worker process. */
export class PlanDriver {
  readonly target: LoadedTarget;
  private readonly engines: EngineRegistry;
  private readonly runnerRegistry: RunnerRegistry;
  private stage?: OpenStage;
  private instance?: RunnerInstance;
  private cellsRun = 0;

  constructor(
    readonly runPlan: RunPlan,
    readonly runner: string,
    private readonly deps: DriveDeps = {},
  ) {
    this.engines = deps.engines ?? defaultEngines;
    this.runnerRegistry = deps.runners ?? defaultRunners;
    this.target = deps.target ?? loadTarget(runPlan.targetProfile);
  }

  /** The cells of the plan this runner drives, in plan order. */
  plans(): CellPlan[] {
    return this.runPlan.plans.filter((p) => p.runner === this.runner);
  }

  async open(): Promise<void> {
    this.stage ??= await openStage(this.target, this.runPlan.query, this.runPlan.url);
    if (!this.instance) {
      const plugin: RunnerPlugin = await this.runnerRegistry.get(this.runner).load();
      this.instance = plugin.start(this.stage, this.runPlan.options);
    }
  }

  /**
   * A browser in the plan's condition and the URL to open, for a tool that drives the page itself
   * (`init` exploring an app it has no profile for yet); the caller closes the session.
   */
  async openSession(plan: CellPlan): Promise<{ session: CellSession; url: string }> {
    await this.open();
    const engine = this.engines.get(plan.cell.engine);
    const driver = await engine.runners[this.runner]!.driver();
    const isolatedHost = engine.isolatesLocalhostSubdomains ? isolatedHostFor(++this.cellsRun, plan.condition.placement.ownSite) : undefined;
    const entry = entryUrl(plan, this.stage!, isolatedHost);
    const session = await this.instance!.open(sessionRequestFor(plan, this.target, this.stage!, entry, this.runPlan.options), driver);
    return { session, url: entry.url };
  }

  /** `attempt`: 0, or the retry number (Playwright Test's `testInfo.retry`, or drivePlan's own loop). */
  async runOne(plan: CellPlan, reporter: CellReporter, attempt = 0): Promise<CellOutcome> {
    const options = this.runPlan.options;
    if (plan.unavailable) return { kind: 'skipped', reason: await reportUnavailable(plan, this.runner, reporter, options.cellResultsDir, { target: this.target.profile.name, query: { ...this.runPlan.query, ...plan.query } }) };
    await this.open();
    const engine = this.engines.get(plan.cell.engine);
    const driver = await engine.runners[this.runner]!.driver();
    const instance = this.instance!;
    // An origin per cell, all of one site (`w<pid>.localhost`): storage, permissions and embargoes
    // stay per origin, while the browser keeps the warm page's renderer (no cross-site process swap).
    const isolatedHost = engine.isolatesLocalhostSubdomains ? isolatedHostFor(++this.cellsRun, plan.condition.placement.ownSite) : undefined;
    const result = await runCell({
      plan,
      target: this.target,
      stage: this.stage!,
      reporter,
      options,
      runnerLabel: this.runner,
      query: this.runPlan.query,
      openSession: (request) => instance.open(request, driver),
      ...(this.deps.pollMs ? { pollMs: this.deps.pollMs } : {}),
      ...(isolatedHost ? { isolatedHost } : {}),
      attempt,
    });
    // The ground gave way (a browser killed, a page crashed, a session or server lost): the next cell
    // gets a new runner instance (new browsers, sessions) and a new stage (servers), not the wreck.
    if (result.status === 'broken' && result.brokenBy === 'environment') await this.discard();
    return { kind: 'ran', result };
  }

  /** Drops the runner instance and the stage; the next cell opens fresh ones. */
  private async discard(): Promise<void> {
    const { instance, stage } = this;
    this.instance = undefined;
    this.stage = undefined;
    await Promise.all([instance?.close().catch(() => {}), stage?.close().catch(() => {})]);
  }

  async close(): Promise<void> {
    const { instance, stage } = this;
    this.instance = undefined;
    this.stage = undefined;
    await Promise.all([instance?.close(), stage?.close()]);
  }
}

export interface CellReporting {
  /** A reporter for one cell (Allure, or a test's recorder). */
  start(plan: CellPlan): CellReporter;
  /** Called once the cell is done, with its outcome; the next cell waits for it. */
  finish(plan: CellPlan, reporter: CellReporter, outcome: CellOutcome): void | Promise<void>;
}

/** Drives every cell of the plan, runner after runner, in this process. */
export async function drivePlan(runPlan: RunPlan, reporting: CellReporting, deps: DriveDeps = {}, only?: string[]): Promise<CellOutcome[]> {
  const outcomes: CellOutcome[] = [];
  const names = [...new Set(runPlan.plans.map((p) => p.runner))].filter((r) => !only || only.includes(r));
  for (const runner of names) {
    const driver = new PlanDriver(runPlan, runner, deps);
    try {
      for (const plan of driver.plans()) {
        // `--retries N`: a failed or broken cell runs again, each attempt its own report entry.
        for (let attempt = 0; ; attempt++) {
          const reporter = reporting.start(plan);
          const outcome = await driver.runOne(plan, reporter, attempt);
          await reporting.finish(plan, reporter, outcome);
          const retry = outcome.kind === 'ran' && (outcome.result.status === 'failed' || outcome.result.status === 'broken') && attempt < (runPlan.options.retries ?? 0);
          if (!retry) {
            outcomes.push(outcome);
            break;
          }
        }
      }
    } finally {
      if (deps.deferClose) deps.deferClose(driver.close());
      else await driver.close();
    }
  }
  return outcomes;
}
