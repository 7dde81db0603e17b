import { emulate } from '../emulated/emulated.ts';
import { denied } from './conditions.ts';

export const blinkEngine = { id: 'blink', launch: () => emulate(denied) };
