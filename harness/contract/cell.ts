// A matrix cell and its id `<browser>/<os>/<state>/<mode>`: the unit every layer passes around. A
// recovery cell (a sequence) keeps its first state in `state` and names both in its id: `denied..granted`.
import { z } from 'zod';
import { Action, AXIS_ORDER, Browser, Mode, Os, SEQUENCE_JOINER, State, type Axis } from '../../scenarios/axes.ts';
import { EngineName } from '../../scenarios/schema.ts';

export const Cell = z.object({
  id: z.string(),
  browser: Browser,
  os: Os,
  state: State,
  mode: Mode,
  /** The engine plug-in that hosts the cell (derived from the matrix's engine rules). */
  engine: EngineName,
  /** Set on a recovery cell: after `state` is handled, the user's action, and the state it must reach. */
  sequence: z.object({ action: Action, to: State }).optional(),
});
export type Cell = z.infer<typeof Cell>;
export type CellCoordinates = Pick<Cell, Axis>;

/** The id's state segment: the state, or `<from>..<to>` for a sequence. */
export function stateSegment(c: Pick<Cell, 'state'> & { sequence?: { to: string } | undefined }): string {
  return c.sequence ? `${c.state}${SEQUENCE_JOINER}${c.sequence.to}` : c.state;
}

export function cellId(c: CellCoordinates & { sequence?: { to: string } | undefined }): string {
  return AXIS_ORDER.map((a) => (a === 'state' ? stateSegment(c) : c[a])).join('/');
}
