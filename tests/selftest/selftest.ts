// The mutation self-test: every defect variant of the bundled apps runs its cells, and a variant is
// caught only when each of its cells fails as an app failure with the words the variant must produce.
// A variant that passes, or fails for another reason (broken, a different message), is missed.
// All variants of one app go in one run (run keys `<id>?defect=<variant>`), so browsers stay warm.
import { runKey } from '../../harness/contract/cell-plan.ts';
import type { CellResult } from '../../harness/contract/cell-result.ts';
import { runCli } from '../e2e/run-cli.ts';
import { APPS, DEFECT_VARIANTS, type AppName } from './defect-variants.ts';

export interface CellOutcome {
  id: string;
  status: string;
  /** The failure line that matched the expectation, if any. */
  matched?: string;
  failures: string[];
}

export interface VariantOutcome {
  app: AppName;
  defect: string;
  proves: string;
  caught: boolean;
  cells: CellOutcome[];
}

export interface AppOutcome {
  app: AppName;
  /** The clean app passes every cell its variants break (else a "caught" proves nothing). */
  cleanPassed: boolean;
  clean: CellOutcome[];
  variants: VariantOutcome[];
  exitCode: number | null;
  seconds: number;
}

const outcome = (id: string, r: CellResult | undefined): CellOutcome => ({ id, status: r?.status ?? 'no result', failures: r?.failures ?? [] });

/** One CLI run per app: the clean cells and every variant's cells, each variant by its run key. */
export function runApp(app: AppName, only?: (defect: string) => boolean): AppOutcome {
  const variants = DEFECT_VARIANTS.filter((v) => v.apps[app] && (!only || only(v.defect)));
  const cleanIds = [...new Set(variants.flatMap((v) => v.apps[app]!.map((c) => c.id)))];
  const keys = [...cleanIds, ...variants.flatMap((v) => v.apps[app]!.map((c) => `${c.id}?defect=${v.defect}`))];
  const t0 = Date.now();
  const run = runCli(['run', ...keys, '--target', APPS[app], '--no-report']);
  const byKey = new Map(run.results.map((r) => [runKey(r), r]));
  const clean = cleanIds.map((id) => outcome(id, byKey.get(id)));
  return {
    app,
    cleanPassed: clean.every((c) => c.status === 'passed'),
    clean,
    variants: variants.map((v) => {
      const cells = v.apps[app]!.map(({ id, failure }) => {
        const r = byKey.get(`${id}?defect=${v.defect}`);
        const matched = r?.status === 'failed' ? r.failures.find((f) => failure.test(f)) : undefined;
        return { ...outcome(id, r), ...(matched ? { matched } : {}) };
      });
      return { app, defect: v.defect, proves: v.proves, caught: cells.every((c) => c.matched !== undefined), cells };
    }),
    exitCode: run.status,
    seconds: (Date.now() - t0) / 1000,
  };
}
