import { emulate } from '../engines/emulated/emulated.ts';

const blink = 'the engine, named as an identifier';
export const summary = (): string => emulate(blink);
