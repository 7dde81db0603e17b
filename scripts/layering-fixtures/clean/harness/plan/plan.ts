import { ENGINES } from '../engines/registry.ts';
import { expand } from '../matrix/cells.ts';
import type { Cell } from '../contract/types.ts';

export const planCells = (): Cell[] => expand(Object.keys(ENGINES));
