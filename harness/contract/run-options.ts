// How a run is carried out, beside which cells it runs: typed once here and handed from the CLI to
// every runner process inside the run plan file, instead of a scatter of environment variables.
import { z } from 'zod';

export const RunOptions = z
  .object({
    /** Show browsers: the user's own $DISPLAY if set, else Xvfb. */
    headed: z.boolean().default(false),
    slowMoMs: z.number().int().nonnegative().optional(),
    /** Playwright traces (and WebDriver logs) per cell go here. */
    traceDir: z.string().optional(),
    videoDir: z.string().optional(),
    workers: z.number().int().positive().optional(),
    /** A cell that fails or breaks runs again up to this many times; a pass after that is flaky (`--retries`). */
    retries: z.number().int().nonnegative().optional(),
    /** Where each cell's result record and screenshot are written. */
    cellResultsDir: z.string(),
    allureResultsDir: z.string(),
    /**
     * A StrykerJS mutant to switch on in the app's page (`npm run mutation`): Stryker names it in the
     * environment of the command it runs, which a page cannot read, so an init script sets it where
     * Stryker's instrumented code looks (`globalThis.__stryker__.activeMutant`).
     */
    activeMutant: z.string().regex(/^[0-9A-Za-z_-]+$/).optional(),
    /** `--capabilities <file>`: merged into each engine's own capabilities for cells sent to `--grid`. */
    gridCapabilities: z.record(z.string(), z.unknown()).optional(),
    /**
     * `record`: cells the profile's snapshot has no entry for are recorded, not compared (the others
     * are compared as usual); `update` (`--update`): every cell is recorded, its differences accepted.
     * Absent: every cell is compared. The CLI writes the entries from the cells' results after the run.
     */
    snapshot: z.enum(['record', 'update']).optional(),
    /** Started by the CLI: runners print the harness's progress lines instead of their own. */
    underCli: z.boolean().default(false),
  })
  .strict();
export type RunOptions = z.infer<typeof RunOptions>;
