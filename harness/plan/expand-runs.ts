// Runs of a cell beyond one: `--variants key=a,b` runs each selected cell once per value of the app
// query (the self-test runs every defect variant of an app in one run, browsers kept warm), and
// `--repeat-each N` runs each N times (flake measurements), like Playwright Test's own flag.
import type { CellPlan } from '../contract/cell-plan.ts';

export interface RunExpansion {
  /** The key and its values, e.g. `{ key: 'defect', values: ['wrong-order', 'swallow-error'] }`. */
  variants?: { key: string; values: string[] };
  repeatEach?: number;
}

export function expandRuns(plans: CellPlan[], { variants, repeatEach = 1 }: RunExpansion): CellPlan[] {
  const queried = variants ? variants.values.flatMap((v) => plans.map((p) => ({ ...p, query: { ...p.query, [variants.key]: v } }))) : plans;
  if (repeatEach <= 1) return queried;
  return queried.flatMap((p) => Array.from({ length: repeatEach }, (_, i) => ({ ...p, repeat: i + 1 })));
}

/**
 * A run key typed as a selection (`chrome/linux/denied/audio-only?defect=wrong-order`, as the summary
 * prints it): the cell id or glob to select, and the query that run of it carries. `#n` is accepted
 * and dropped (a repeat number names a run, it does not select one).
 */
export function parseRunKeyArg(arg: string): { pattern: string; query?: Record<string, string> } {
  const [withQuery = arg] = arg.split('#');
  const i = withQuery.indexOf('?');
  if (i < 0) return { pattern: withQuery };
  const query = Object.fromEntries(new URLSearchParams(withQuery.slice(i + 1)));
  return { pattern: withQuery.slice(0, i), ...(Object.keys(query).length ? { query } : {}) };
}

/** One run of each selected cell per run-key argument that selects it with a query of its own (a cell selected without one runs once, plain). */
export function applyRunKeyQueries(plans: CellPlan[], args: Array<{ pattern: string; query?: Record<string, string> }>, matches: (pattern: string, id: string) => boolean): CellPlan[] {
  if (!args.some((a) => a.query)) return plans;
  return plans.flatMap((p) => {
    const selecting = args.filter((a) => matches(a.pattern, p.cell.id));
    const seen = new Set<string>();
    const runs: CellPlan[] = [];
    for (const a of selecting) {
      const key = JSON.stringify(a.query ?? {});
      if (seen.has(key)) continue;
      seen.add(key);
      runs.push(a.query ? { ...p, query: { ...p.query, ...a.query } } : p);
    }
    return runs;
  });
}
