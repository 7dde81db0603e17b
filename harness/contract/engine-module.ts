// The one interface every engine folder implements (Playwright's server/<engine> layering): its
// condition table, the drivers it offers each runner, what it needs on the host, and what it cannot
// do. The registry (harness/engines/registry.ts) is the only door to the engine folders.
import type { Action, State } from '../../scenarios/axes.ts';
import type { CellPattern } from '../../scenarios/schema.ts';
import type { Cell } from './cell.ts';
import type { Condition, Recovery } from './condition.ts';
import type { ExecutableSpec } from './executable-spec.ts';

/** A DOMException text as one engine gives it, with where the text comes from. */
export interface EngineMessage {
  name: string;
  message: string;
  constraint?: string;
  source: string;
}

/** One row of a condition table: how this engine puts a browser into one state for a cell. */
export type ConditionRow = (cell: Cell) => Condition;

/**
 * How this engine applies a recovery action for a cell whose first phase is `first`; or why it cannot
 * (planned `unavailable` with that reason, never passed).
 */
export type RecoveryRow = (cell: Cell, first: Condition) => Recovery | { unavailable: string };

export interface RunnerSupport {
  /** The engine's half of that runner's driver contract (contract/<runner>-driver.ts), loaded on demand. */
  driver(): Promise<unknown>;
  /** Binaries this runner needs on the host to drive this engine, with install hints. */
  needs: readonly ExecutableSpec[];
}

/** A condition that one runner cannot set up on this engine: such cells are planned `unavailable`. */
export interface EngineLimit {
  runner: string;
  when: CellPattern;
  /** `non-loopback`: the limit holds only when the runner's endpoint is on another host than the harness. */
  endpoint?: 'non-loopback';
  why: string;
}

export interface EngineModule {
  /** The folder name, used in the matrix's engine rules. */
  readonly name: string;
  /** How people call it ("Chromium"). */
  readonly label: string;
  /** The runners that can drive it, in order of preference. */
  readonly runners: Readonly<Record<string, RunnerSupport>>;
  /** Runners that can never drive it on this kind of host, with the reason (doctor says so). */
  readonly unsupported?: Readonly<Record<string, string>>;
  readonly limits?: readonly EngineLimit[];
  /** One row per state: adding a state to scenarios/axes.ts is a type error until each engine has its row. */
  readonly conditions: Readonly<Record<State, ConditionRow>>;
  /** One row per recovery action it can apply; an action without a row is planned unavailable with `recoveryGap`. */
  readonly recoveries?: Readonly<Partial<Record<Action, RecoveryRow>>>;
  /** Why the actions without a row cannot be applied yet ("recovery on <engine> not implemented yet: …" is prefixed). */
  readonly recoveryGap?: string;
  /** The engine's own exception texts (its message table). */
  readonly messages: Readonly<Record<string, EngineMessage>>;
  /**
   * The browser resolves `<name>.localhost` to the loopback address and treats it as a secure context
   * (as `localhost`), so each cell can get an origin of its own on a loopback app and share a warm page.
   */
  readonly isolatesLocalhostSubdomains?: boolean;
  /** What a report reader should know about how this engine runs on this host (printed and in summary.json). */
  runNotes?(): string[];
  /** The version an installed binary reports, for doctor. */
  version?(binary: ExecutableSpec, path: string): string;
}
