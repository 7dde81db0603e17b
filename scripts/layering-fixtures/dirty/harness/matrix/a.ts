import { bValue } from './b.ts';

export type A = { n: number };
export const aValue = bValue + 1;
