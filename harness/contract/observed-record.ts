// reports/observed.json and scenarios/observed-baseline.json: what each engine, at which version,
// answered in each cell (the exact exception, or success / no API), and whether the state was
// reached natively. `drift` compares two of these; browsers change their messages between versions.
import { z } from 'zod';
import { CellStatus, ObservedException } from './cell-result.ts';
import { Fidelity } from './condition.ts';

export const ObservedEntry = z.object({
  browser: z.string(),
  os: z.string(),
  state: z.string(),
  mode: z.string(),
  runner: z.string(),
  browserVersion: z.string(),
  fidelity: Fidelity,
  native: z.boolean(),
  verdict: CellStatus,
  /** The observation kind (exception, success, api-missing, not-reached, …). */
  kind: z.string(),
  exception: ObservedException.optional(),
  /** The observation in words, as the cell result has it. */
  observed: z.string(),
});
export type ObservedEntry = z.infer<typeof ObservedEntry>;

export const ObservedRecord = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  /** Per engine: the browser versions seen, and per `<cell id>#<runner>` what it answered. */
  engines: z.record(z.string(), z.object({ browserVersions: z.array(z.string()), cells: z.record(z.string(), ObservedEntry) })),
});
export type ObservedRecord = z.infer<typeof ObservedRecord>;

/** One difference between two observed records; a changed message `fails` until accepted. */
export const DriftChange = z.object({
  kind: z.enum(['message', 'native', 'fidelity', 'verdict', 'version']),
  engine: z.string(),
  /** `<cell id>#<runner>`, absent for a version change. */
  cell: z.string().optional(),
  before: z.string(),
  after: z.string(),
  fails: z.boolean(),
});
export type DriftChange = z.infer<typeof DriftChange>;
