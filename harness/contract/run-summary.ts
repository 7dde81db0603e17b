// reports/summary.json: what a run found, for other tools (CI gates, dashboards) to read without
// parsing Allure's files: the counts, and per cell its verdict, fidelity, mechanism, duration and
// the exception the page received. `version` changes when a field changes meaning.
import { z } from 'zod';
import { Cell } from './cell.ts';
import { CellStatus, ObservedException } from './cell-result.ts';
import { Fidelity } from './condition.ts';
import { DriftChange } from './observed-record.ts';

export const SummaryCounts = z.object({
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  broken: z.number().int().nonnegative(),
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
  /** What the page received, in words (`NotAllowedError: "…"`, `getUserMedia succeeded`, …). */
  observed: z.string(),
  exception: ObservedException.optional(),
  failures: z.array(z.string()),
  skipReason: z.string().optional(),
  /** The cell's history key (target, cell id, query): the same across runs. */
  historyKey: z.string(),
  /** Relative to the summary's folder: the cell's Allure result, else its result file. */
  link: z.string().optional(),
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
});
export type RunSummary = z.infer<typeof RunSummary>;
