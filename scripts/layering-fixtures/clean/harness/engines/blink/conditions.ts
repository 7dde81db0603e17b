import { emulate } from '../emulated/emulated.ts';

// Engines may name states and themselves.
export const conditions = { denied: emulate('denied'), granted: 'blink grants' };
