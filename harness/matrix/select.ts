// Selection: a suite, id globs (`chrome/*/denied/*`) and axis filters (`--state denied,dismissed`).
import { AXES, AXIS_ORDER, type Axis } from '../../scenarios/axes.ts';
import type { MatrixSpec } from '../../scenarios/schema.ts';
import type { Cell } from '../contract/cell.ts';
import { UsageError } from '../util/errors.ts';
import { globToRegExp } from '../util/glob.ts';
import { parseCellPattern } from './cell-pattern.ts';
import { expandMatrix, violatedConstraint } from './expand.ts';

export interface Selection {
  suite?: string;
  /** Cell ids or globs; any match selects the cell. */
  ids?: string[];
  filters?: Partial<Record<Axis | 'engine', string[]>>;
}

/** Checks filter values against the axis enums (and the matrix's engines) so a typo is a clear error, not an empty run. */
export function validateFilters(spec: MatrixSpec, filters: Selection['filters'] = {}): void {
  const engines = [...new Set(spec.engines.map((r) => r.engine))];
  for (const [axis, values] of Object.entries(filters)) {
    const allowed = (axis === 'engine' ? engines : AXES[axis as Axis].options) as readonly string[];
    for (const v of values ?? []) {
      if (!allowed.includes(v)) throw new UsageError(`unknown ${axis} "${v}": valid ${axis} values are ${allowed.join(', ')}`);
    }
  }
}

export function selectCells(spec: MatrixSpec, sel: Selection): Cell[] {
  validateFilters(spec, sel.filters);
  let cells = expandMatrix(spec);

  const suiteName = sel.suite;
  if (suiteName) {
    const suite = spec.suites[suiteName];
    if (!suite) throw new UsageError(`unknown suite "${suiteName}": valid suites are ${Object.keys(spec.suites).join(', ')}`);
    if (suite.cells) cells = filterByIds(spec, cells, suite.cells, `suite "${suiteName}"`);
  }
  if (sel.ids?.length) cells = filterByIds(spec, cells, sel.ids, 'selection');

  for (const [axis, values] of Object.entries(sel.filters ?? {})) {
    if (!values?.length) continue;
    cells = cells.filter((c) => values.includes(c[axis as Axis | 'engine']));
  }
  return cells;
}

function filterByIds(spec: MatrixSpec, cells: Cell[], ids: string[], where: string): Cell[] {
  const patterns = ids.map((id) => {
    const parts = parseCellPattern(id);
    if (!id.includes('*')) {
      const c = parts as unknown as Cell;
      const broken = violatedConstraint(spec, c);
      if (broken) throw new UsageError(`${where}: cell ${id} is not a valid combination (${broken.id}): ${broken.why}`);
    }
    return globToRegExp(AXIS_ORDER.map((a) => parts[a]).join('/'), '/');
  });
  return cells.filter((c) => patterns.some((p) => p.test(c.id)));
}
