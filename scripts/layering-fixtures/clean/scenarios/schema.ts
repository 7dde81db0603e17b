import { STATES, type State } from './axes.ts';

export const isState = (s: string): s is State => STATES.some((row) => row.id === s);
