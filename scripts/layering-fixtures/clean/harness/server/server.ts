import type { Cell } from '../contract/types.ts';

export const port = 8080;
export const serve = (cell: Cell): string => cell.id;
