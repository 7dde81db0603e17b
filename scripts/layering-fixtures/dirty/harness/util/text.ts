// util is the lowest layer: even a type-only import of contract/ is upward.
import type { Shape } from '../contract/types.ts';

export const pad = (s: string | Shape): string => (typeof s === 'string' ? s : s.id).padStart(4);
