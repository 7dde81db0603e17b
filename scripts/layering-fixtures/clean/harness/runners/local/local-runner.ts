import type { Cell } from '../../contract/types.ts';
import { label } from '../shared.ts';

export const localRunner = (cell: Cell): string => label('local', cell.id);
