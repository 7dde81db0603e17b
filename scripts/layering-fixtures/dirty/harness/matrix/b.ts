// Closes the cycle with a type-only import: type imports count.
import type { A } from './a.ts';

export const bValue = 1;
export const read = (a: A): number => a.n;
