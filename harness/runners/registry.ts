// Runner name → runner plug-in: the only file that imports the runner folders, the one list of
// runner names (flags, plans and engines' driver keys are checked against it). Plug-ins load on
// demand, so commands that drive no browser never load Playwright or WebdriverIO.
import type { RunnerPlugin } from '../contract/runner-plugin.ts';
import { NamedRegistry } from '../util/named-registry.ts';

/** A test runner that runs many cells across worker processes; runners that share one are started once. */
export interface BatchRunner {
  script: string;
  args: string[];
}

/** Playwright Test: the Playwright-driven runners' cells (local or on a browser server) run in its workers. */
export const PLAYWRIGHT_TEST: BatchRunner = { script: 'node_modules/@playwright/test/cli.js', args: ['test', '--config', 'playwright.config.ts'] };

export interface RunnerEntry {
  name: string;
  /** How people call it, in output ("Playwright"). */
  label: string;
  load(): Promise<RunnerPlugin>;
  /**
   * A test runner of its own that runs many cells across worker processes (Playwright Test); without
   * one, the CLI drives this runner's cells in its own process.
   */
  batch?: BatchRunner;
  /**
   * A runner that drives browsers on remote endpoints: used only when its flag gives endpoints, and
   * then it takes every cell that would have run on the local runner it stands in for.
   */
  remote?: {
    standsInFor: string;
    /** The CLI flag that names its endpoints (`--grid <url>`). */
    flag: string;
    /** URL schemes an endpoint may have, and how many endpoints the flag takes. */
    schemes: readonly string[];
    several: boolean;
  };
  /** Lines `doctor` prints about this runner on this host (`endpoints`: what the remote runner's flag gave). */
  doctorNotes?(endpoints?: string[]): Promise<string[]>;
}

export class RunnerRegistry extends NamedRegistry<RunnerEntry> {
  constructor(entries: readonly RunnerEntry[]) {
    super('runner', entries);
  }

  /** Runners that need endpoints (never chosen without their flag). */
  remoteNames(): Set<string> {
    return new Set(this.all().filter((r) => r.remote).map((r) => r.name));
  }
}

export const runners = new RunnerRegistry([
  {
    name: 'playwright',
    label: 'Playwright',
    load: async () => (await import('./playwright/playwright-runner.ts')).playwrightRunner,
    batch: PLAYWRIGHT_TEST,
    doctorNotes: async () => (await import('./playwright/own-builds.ts')).playwrightOwnBuilds(),
  },
  {
    name: 'webdriverio',
    label: 'WebdriverIO',
    load: async () => (await import('./webdriverio/webdriverio-runner.ts')).webdriverioRunner,
  },
  {
    name: 'grid',
    label: 'WebDriver endpoint',
    load: async () => (await import('./grid/grid-runner.ts')).gridRunner,
    remote: { standsInFor: 'webdriverio', flag: 'grid', schemes: ['http:', 'https:'], several: false },
    doctorNotes: async (endpoints) => (await import('./grid/grid-status.ts')).gridDoctorNotes(endpoints?.[0]),
  },
  {
    name: 'browser-server',
    label: 'Playwright browser server',
    load: async () => (await import('./browser-server/browser-server-runner.ts')).browserServerRunner,
    batch: PLAYWRIGHT_TEST,
    remote: { standsInFor: 'playwright', flag: 'browser-server', schemes: ['ws:', 'wss:'], several: true },
    doctorNotes: async (endpoints) => (await import('./browser-server/browser-server-status.ts')).browserServerDoctorNotes(endpoints),
  },
]);
