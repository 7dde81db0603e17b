import type { Cell } from '../contract/types.ts';
import { hostName } from '../host/host.ts';
import { STATES } from '../../scenarios/axes.ts';

export const CELL_PREFIX = 'cell-';
export const expand = (engines: string[]): Cell[] =>
  engines.flatMap((e) => STATES.map((s) => ({ id: `${CELL_PREFIX}${e}-${s.id}@${hostName()}`, state: s.id })));
