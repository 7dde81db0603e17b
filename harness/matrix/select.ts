// Selection: a suite, id globs (`chrome/*/denied/*`) and axis filters (`--state denied,dismissed`).
import { AXES, AXIS_ORDER, SEQUENCE_JOINER, type Axis, type State } from '../../scenarios/axes.ts';
import type { MatrixSpec } from '../../scenarios/schema.ts';
import { stateSegment, type Cell } from '../contract/cell.ts';
import { UsageError } from '../util/errors.ts';
import { globToRegExp } from '../util/glob.ts';
import { parseCellPattern } from './cell-pattern.ts';
import { expandMatrix, expandSequences, violatedConstraint } from './expand.ts';

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

/** Every valid cell, then the recovery cells (a sequence's cells select like any other: by id, glob, suite, axis filter on their first state). */
export function allCells(spec: MatrixSpec): Cell[] {
  const base = expandMatrix(spec);
  return [...base, ...expandSequences(spec, base)];
}

export function selectCells(spec: MatrixSpec, sel: Selection): Cell[] {
  validateFilters(spec, sel.filters);
  const every = allCells(spec);
  // Axis filters alone narrow the plain cells: recovery cells are asked for by id, glob or suite.
  let cells = sel.suite || sel.ids?.length ? every : every.filter((c) => !c.sequence);

  const suiteName = sel.suite;
  if (suiteName) {
    const suite = spec.suites[suiteName];
    if (!suite) throw new UsageError(`unknown suite "${suiteName}": valid suites are ${Object.keys(spec.suites).join(', ')}`);
    if (suite.cells) cells = filterByIds(spec, every, cells, suite.cells, `suite "${suiteName}"`);
  }
  if (sel.ids?.length) cells = filterByIds(spec, every, cells, sel.ids, 'selection');

  for (const [axis, values] of Object.entries(sel.filters ?? {})) {
    if (!values?.length) continue;
    cells = cells.filter((c) => values.includes(c[axis as Axis | 'engine']));
  }
  return cells;
}

function filterByIds(spec: MatrixSpec, every: Cell[], cells: Cell[], ids: string[], where: string): Cell[] {
  const patterns = ids.map((id) => {
    const parts = parseCellPattern(id);
    if (!id.includes('*')) {
      const [from, to] = parts.state.split(SEQUENCE_JOINER) as [State, State?];
      const c = { ...parts, state: from } as unknown as Cell;
      const broken = violatedConstraint(spec, c);
      if (broken) throw new UsageError(`${where}: cell ${id} is not a valid combination (${broken.id}): ${broken.why}`);
      if (to && !every.some((x) => x.id === id)) {
        const declared = [...new Set(spec.sequences.filter((q) => !q.when?.mode || q.when.mode.includes(c.mode)).map((q) => `${q.from}${SEQUENCE_JOINER}${q.to}`))];
        throw new UsageError(`${where}: no recovery sequence ${parts.state} for ${id}: valid sequences for ${c.mode} are ${declared.join(', ') || 'none'}`);
      }
    }
    // In the state segment `*` stops at the joiner too: `*` is any one state, `*..*` any sequence.
    return AXIS_ORDER.map((a) => globToRegExp(parts[a], a === 'state' ? '/.' : '/'));
  });
  const segments = (c: Cell) => AXIS_ORDER.map((a) => (a === 'state' ? stateSegment(c) : c[a]));
  return cells.filter((c) => patterns.some((p) => segments(c).every((part, i) => p[i]!.test(part))));
}
