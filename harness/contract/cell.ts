// A matrix cell and its id `<browser>/<os>/<state>/<mode>`: the unit every layer passes around.
import { z } from 'zod';
import { AXIS_ORDER, Browser, Mode, Os, State, type Axis } from '../../scenarios/axes.ts';
import { EngineName } from '../../scenarios/schema.ts';

export const Cell = z.object({
  id: z.string(),
  browser: Browser,
  os: Os,
  state: State,
  mode: Mode,
  /** The engine plug-in that hosts the cell (derived from the matrix's engine rules). */
  engine: EngineName,
});
export type Cell = z.infer<typeof Cell>;
export type CellCoordinates = Pick<Cell, Axis>;

export function cellId(c: CellCoordinates): string {
  return AXIS_ORDER.map((a) => c[a]).join('/');
}
