import { CELL_PREFIX } from '../matrix/cells.ts';

export const probeName = `${CELL_PREFIX}probe`;
