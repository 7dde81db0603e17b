// Runner name → runner plug-in: the only file that imports the runner folders, the one list of
// runner names (flags, plans and engines' driver keys are checked against it). Plug-ins load on
// demand, so commands that drive no browser never load Playwright or WebdriverIO.
import type { RunnerPlugin } from '../contract/runner-plugin.ts';
import { NamedRegistry } from '../util/named-registry.ts';

export interface RunnerEntry {
  name: string;
  /** How people call it, in output ("Playwright"). */
  label: string;
  load(): Promise<RunnerPlugin>;
  /**
   * A test runner of its own that runs many cells across worker processes (Playwright Test); without
   * one, the CLI drives this runner's cells in its own process.
   */
  batch?: { script: string; args: string[] };
  /** Lines `doctor` prints about this runner on this host. */
  doctorNotes?(): Promise<string[]>;
}

export class RunnerRegistry extends NamedRegistry<RunnerEntry> {
  constructor(entries: readonly RunnerEntry[]) {
    super('runner', entries);
  }
}

export const runners = new RunnerRegistry([
  {
    name: 'playwright',
    label: 'Playwright',
    load: async () => (await import('./playwright/playwright-runner.ts')).playwrightRunner,
    batch: { script: 'node_modules/@playwright/test/cli.js', args: ['test', '--config', 'playwright.config.ts'] },
    doctorNotes: async () => (await import('./playwright/own-builds.ts')).playwrightOwnBuilds(),
  },
  {
    name: 'webdriverio',
    label: 'WebdriverIO',
    load: async () => (await import('./webdriverio/webdriverio-runner.ts')).webdriverioRunner,
  },
]);
