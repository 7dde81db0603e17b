// The one interface every engine folder implements (Playwright's server/<engine> layering):
// a condition table that says, per cell, how the state is produced and what the page must observe.
import type { Engine } from '../../scenarios/axes.ts';
import type { Cell } from '../matrix/cell.ts';
import type { Condition } from './condition.ts';

export type RunnerName = 'playwright' | 'webdriverio';

export interface EngineModule {
  readonly engine: Engine;
  /** Runners that can drive this engine on a host with the engine's browser installed, preferred first. */
  readonly runners: readonly RunnerName[];
  condition(cell: Cell, runner: RunnerName): Condition;
}
