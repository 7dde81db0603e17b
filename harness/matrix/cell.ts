// A matrix cell and its id `<browser>/<os>/<state>/<mode>`.
import { z } from 'zod';
import { AXES, AXIS_ORDER, Browser, Engine, Mode, Os, State, type Axis } from '../../scenarios/axes.ts';
import { UsageError } from '../util/errors.ts';

export const Cell = z.object({
  id: z.string(),
  browser: Browser,
  os: Os,
  state: State,
  mode: Mode,
  engine: Engine,
});
export type Cell = z.infer<typeof Cell>;
export type CellCoordinates = Pick<Cell, Axis>;

export function cellId(c: CellCoordinates): string {
  return AXIS_ORDER.map((a) => c[a]).join('/');
}

/** Splits an id or id glob into its four parts; `*` stays as is. Throws a UsageError naming valid values. */
export function parseCellPattern(text: string): Record<Axis, string> {
  const parts = text.split('/');
  if (parts.length !== 4) {
    throw new UsageError(`malformed cell id "${text}": expected <browser>/<os>/<state>/<mode>, e.g. chrome/macos/denied/audio-only`);
  }
  const out = {} as Record<Axis, string>;
  AXIS_ORDER.forEach((axis, i) => {
    const part = parts[i]!;
    out[axis] = part;
    if (part.includes('*')) return;
    const allowed = AXES[axis].options as readonly string[];
    if (!allowed.includes(part)) {
      throw new UsageError(`unknown ${axis} "${part}" in "${text}": valid ${axis} values are ${allowed.join(', ')}`);
    }
  });
  return out;
}
