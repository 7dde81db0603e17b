// What one cell leaves behind, whatever runner ran it: the verdict's checks, what the page received,
// what the app showed. The summary, the repro bundle and later tools read these records.
import { z } from 'zod';
import { Cell } from './cell.ts';
import { Fidelity } from './condition.ts';
import { RemoteBrowser } from './remote-browser.ts';

export const VerdictStatus = z.enum(['passed', 'failed', 'broken']);
export type VerdictStatus = z.infer<typeof VerdictStatus>;
export const CellStatus = z.enum(['passed', 'failed', 'broken', 'skipped']);
export type CellStatus = z.infer<typeof CellStatus>;

export const Check = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
export type Check = z.infer<typeof Check>;

/** Why a cell is broken: the harness did not reach the state, or the environment failed under it. */
export const BrokenBy = z.enum(['state-not-reached', 'environment']);
export type BrokenBy = z.infer<typeof BrokenBy>;

export const Verdict = z.object({
  status: VerdictStatus,
  /** Set on broken verdicts: `environment` when a browser, page, session, display or server gave way. */
  brokenBy: BrokenBy.optional(),
  checks: z.array(Check),
  /** One line per problem, the first one being the headline. */
  failures: z.array(z.string()),
});
export type Verdict = z.infer<typeof Verdict>;

export const ShownStep = z.object({
  /** The stable id (from the app's id attribute or recognised from its text), or null if unrecognised. */
  id: z.string().nullable(),
  text: z.string(),
  /** Recognised by text: the catalogue steps whose patterns all match it (then `id` is null: ambiguous). */
  ambiguous: z.array(z.string()).optional(),
});
export type ShownStep = z.infer<typeof ShownStep>;

/** What the app shows after the capture call, read through the target profile's selectors. */
export const Display = z.object({
  successVisible: z.boolean(),
  errorVisible: z.boolean(),
  errorText: z.string(),
  steps: z.array(ShownStep),
});
export type Display = z.infer<typeof Display>;

/** The exception the page received, as data (the run summary and the matrix page show it). */
export const ObservedException = z.object({ name: z.string(), message: z.string(), constraint: z.string().optional() });
export type ObservedException = z.infer<typeof ObservedException>;

/**
 * What a cell's steps were checked against: the written playbook's rules, the recorded snapshot, both,
 * or neither (`none`: only the exception and the error's presence and text; a cell that expects
 * success, or that no rule reaches without a snapshot). A snapshot proves stability, not correctness.
 */
export const CheckedAgainst = z.enum(['playbook', 'snapshot', 'playbook+snapshot', 'none']);
export type CheckedAgainst = z.infer<typeof CheckedAgainst>;

export const CellResult = z.object({
  id: z.string(),
  cell: Cell,
  runner: z.string(),
  fidelity: Fidelity,
  mechanism: z.string(),
  status: CellStatus,
  brokenBy: BrokenBy.optional(),
  failures: z.array(z.string()),
  checks: z.array(Check),
  observed: z.string(),
  /** Set when the capture call was rejected. */
  exception: ObservedException.optional(),
  /** What kind of answer the page got (the probe's observation kind: exception, success, api-missing, …). */
  observedKind: z.string().optional(),
  errorText: z.string(),
  steps: z.array(ShownStep),
  /** What the steps were checked against (absent in results written before snapshots existed). */
  checkedAgainst: CheckedAgainst.optional(),
  browserVersion: z.string(),
  /** Set by remote runners: what the endpoint reported it started, and whether the cell's OS is the node's own. */
  remote: RemoteBrowser.optional(),
  /** This run's own app query and repeat number (see CellPlan). */
  query: z.record(z.string(), z.string()).optional(),
  repeat: z.number().int().positive().optional(),
  /** With `--retries`: the status of every attempt before this one, oldest first. */
  earlierAttempts: z.array(CellStatus).optional(),
  /** Passed only after failing: shown as flaky, never as a plain pass. */
  flaky: z.boolean().optional(),
  /** The cell ran in a warm page that had served an earlier cell (on another origin). */
  reusedPage: z.boolean().optional(),
  /** A recovery cell that reached its second phase: what the page received and the app showed after the user's action. */
  recovery: z
    .object({ action: z.string(), observed: z.string(), successShown: z.boolean(), errorShown: z.boolean(), errorText: z.string() })
    .optional(),
  durationMs: z.number(),
  skipReason: z.string().optional(),
  /** Trace, video or driver log files for this cell. */
  artifacts: z.array(z.string()).optional(),
});
export type CellResult = z.infer<typeof CellResult>;
