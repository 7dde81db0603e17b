// Expands the axes into cells: derives each cell's engine and drops what a constraint declares invalid.
import type { MatrixSpec, CellPattern, Constraint } from '../../scenarios/schema.ts';
import { cellId, type Cell, type CellCoordinates } from '../contract/cell.ts';

/** Every axis the pattern lists must match; an axis the coordinates leave out matches no listed value. */
export function matchesPattern(c: Partial<CellCoordinates>, p: CellPattern): boolean {
  return (
    (!p.browser || (!!c.browser && p.browser.includes(c.browser))) &&
    (!p.os || (!!c.os && p.os.includes(c.os))) &&
    (!p.state || (!!c.state && p.state.includes(c.state))) &&
    (!p.mode || (!!c.mode && p.mode.includes(c.mode)))
  );
}

/** The engine plug-in that hosts a browser on an OS (first matching engine rule of the matrix). */
export function engineOf(spec: MatrixSpec, c: Partial<CellCoordinates> & Pick<CellCoordinates, 'browser' | 'os'>): string {
  const rule = spec.engines.find((r) => matchesPattern(c, r.when));
  if (!rule) throw new Error(`no engine rule matches ${c.browser}/${c.os}: add one to scenarios/matrix.json`);
  return rule.engine;
}

/** The constraint that makes a combination invalid, if any. */
export function violatedConstraint(spec: MatrixSpec, c: CellCoordinates): Constraint | undefined {
  return spec.constraints.find((k) => matchesPattern(c, k.when) && !(k.unless && matchesPattern(c, k.unless)));
}

/**
 * The recovery cells: each valid cell of a sequence's `from` state that its `when` matches, when the
 * same coordinates in its `to` state are a valid cell too. They keep `from` as their state.
 */
export function expandSequences(spec: MatrixSpec, cells: Cell[] = expandMatrix(spec)): Cell[] {
  const out: Cell[] = [];
  for (const q of spec.sequences) {
    for (const c of cells) {
      if (c.state !== q.from || (q.when && !matchesPattern(c, q.when))) continue;
      const to = { browser: c.browser, os: c.os, state: q.to, mode: c.mode };
      if (!spec.axes.state.includes(q.to) || violatedConstraint(spec, to)) continue;
      const sequence = { action: q.action, to: q.to };
      out.push({ ...c, id: cellId({ ...c, sequence }), sequence });
    }
  }
  return out;
}

/** Every valid cell, in axis order (browser, os, state, mode). */
export function expandMatrix(spec: MatrixSpec): Cell[] {
  const cells: Cell[] = [];
  for (const browser of spec.axes.browser)
    for (const os of spec.axes.os)
      for (const state of spec.axes.state)
        for (const mode of spec.axes.mode) {
          const c = { browser, os, state, mode };
          if (violatedConstraint(spec, c)) continue;
          cells.push({ id: cellId(c), ...c, engine: engineOf(spec, c) });
        }
  return cells;
}
