import type { Cell } from '../../contract/types.ts';
import { label } from '../shared.ts';

export const remoteRunner = (cell: Cell): string => label('remote', cell.id);
