// reports/summary.json: what a run found, for other tools (CI gates, dashboards) to read without
// parsing Allure's files: the counts, and per cell its verdict, fidelity, mechanism, duration and
// the exception the page received. `version` changes when a field changes meaning.
import { z } from 'zod';
import { Cell } from './cell.ts';
import { CellStatus, CheckedAgainst, ObservedException } from './cell-result.ts';
import { Fidelity } from './condition.ts';
import { DriftChange } from './observed-record.ts';
import { KnownIssue } from './known-issues.ts';
import { RemoteBrowser } from './remote-browser.ts';

/** One rule of the run's quality gate (the same rules allurerc.mjs gives `allure quality-gate`). */
export const GateRuleResult = z.object({
  rule: z.enum(['unexpectedFailures', 'minTestsCount', 'environmentsTested', 'knownIssuesCurrent', 'driftMessages']),
  passed: z.boolean(),
  message: z.string(),
  cells: z.array(z.string()),
});
export type GateRuleResult = z.infer<typeof GateRuleResult>;

export const SummaryCounts = z.object({
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  broken: z.number().int().nonnegative(),
  /** Of the failed and broken cells, those a known issue expects (not counted against the gate). */
  known: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Cells planned that left no result (a runner crashed). */
  missing: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type SummaryCounts = z.infer<typeof SummaryCounts>;

export const SummaryCell = z.object({
  id: z.string(),
  cell: Cell,
  runner: z.string(),
  verdict: CellStatus,
  fidelity: Fidelity,
  mechanism: z.string(),
  durationMs: z.number().nonnegative(),
  browserVersion: z.string(),
  /** Remote runners: what the endpoint reported it started, and whether the cell's OS is the node's own. */
  remote: RemoteBrowser.optional(),
  /** What the page received, in words (`NotAllowedError: "…"`, `getUserMedia succeeded`, …). */
  observed: z.string(),
  exception: ObservedException.optional(),
  failures: z.array(z.string()),
  /** What its steps were checked against: the written playbook, the recorded snapshot, both, or none. */
  checkedAgainst: CheckedAgainst.optional(),
  skipReason: z.string().optional(),
  /** The cell's history key (target, cell id, query): the same across runs. */
  historyKey: z.string(),
  /** Relative to the summary's folder: the cell's Allure result, else its result file. */
  link: z.string().optional(),
  /** Set when the cell fails as a known issue expects: the entry (its ticket, cells, failure, expiry). */
  knownIssue: KnownIssue.pick({ cells: true, failure: true, ticket: true, expires: true }).optional(),
});
export type SummaryCell = z.infer<typeof SummaryCell>;

export const RunSummary = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  target: z.string(),
  query: z.record(z.string(), z.string()),
  counts: SummaryCounts,
  fidelity: z.object({ native: z.number().int(), emulated: z.number().int(), unavailable: z.number().int() }),
  cells: z.array(SummaryCell),
  missing: z.array(z.object({ id: z.string(), runner: z.string() })),
  /** What each engine answered compared with the baseline (absent when there was nothing to compare with). */
  drift: z.object({ against: z.string(), changes: z.array(DriftChange), changedMessages: z.number().int() }).optional(),
  /** The target's known issues this run: the file, entries that expired (they fail the gate), entries whose cells now pass. */
  knownIssues: z
    .object({
      file: z.string(),
      expired: z.array(z.object({ ticket: z.string(), cells: z.string(), expires: z.string(), covers: z.array(z.string()) })),
      unneeded: z.array(z.object({ ticket: z.string(), cells: z.string(), passed: z.array(z.string()) })),
    })
    .optional(),
  /** How the engines ran on this host, when a reader should know (Chromium's sandbox off because the run is root). */
  notes: z.array(z.string()).optional(),
  /** The quality gate: passed when every rule passed; the CLI's exit code is 1 otherwise. */
  gate: z.object({ passed: z.boolean(), rules: z.array(GateRuleResult) }).optional(),
});
export type RunSummary = z.infer<typeof RunSummary>;
