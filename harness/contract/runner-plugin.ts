// The one interface every runner folder implements (harness/runners/<name>/): it opens a browser in
// a cell's condition, through the engine's driver for this runner, and hands back a CellSession.
import type { RunOptions } from './run-options.ts';
import type { CellSession, SessionRequest, Stage } from './session.ts';

export interface RunnerInstance {
  /** `driver` is the engine's half of this runner's driver contract (EngineModule.runners[name].driver()). */
  open(request: SessionRequest, driver: unknown): Promise<CellSession>;
  /** Closes what the instance kept across cells (shared browsers, drivers). */
  close(): Promise<void>;
}

export interface RunnerPlugin {
  readonly name: string;
  /** A fresh instance per worker process: browsers or sessions it keeps are shared by its cells. */
  start(stage: Stage, options: RunOptions): RunnerInstance;
}
