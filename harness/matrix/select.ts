// Selection: a suite, id globs (`chrome/*/denied/*`) and axis filters (`--state denied,dismissed`).
import { AXES, AXIS_ORDER, Engine, type Axis } from '../../scenarios/axes.ts';
import type { MatrixSpec } from '../../scenarios/schema.ts';
import { UsageError } from '../util/errors.ts';
import { parseCellPattern, type Cell } from './cell.ts';
import { expandMatrix, violatedConstraint } from './expand.ts';

export interface Selection {
  suite?: string;
  /** Cell ids or globs; any match selects the cell. */
  ids?: string[];
  filters?: Partial<Record<Axis | 'engine', string[]>>;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '$');
}

/** Checks filter values against the axis enums so a typo is a clear error, not an empty run. */
export function validateFilters(filters: Selection['filters'] = {}): void {
  for (const [axis, values] of Object.entries(filters)) {
    const allowed = (axis === 'engine' ? Engine.options : AXES[axis as Axis].options) as readonly string[];
    for (const v of values ?? []) {
      if (!allowed.includes(v)) throw new UsageError(`unknown ${axis} "${v}": valid ${axis} values are ${allowed.join(', ')}`);
    }
  }
}

export function selectCells(spec: MatrixSpec, sel: Selection): Cell[] {
  validateFilters(sel.filters);
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
    return globToRegExp(AXIS_ORDER.map((a) => parts[a]).join('/'));
  });
  return cells.filter((c) => patterns.some((p) => p.test(c.id)));
}
