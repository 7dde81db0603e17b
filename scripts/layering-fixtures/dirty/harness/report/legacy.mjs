// A .mjs module is cruised too; this import resolves to nothing.
import { gone } from '../util/missing.mjs';
import { pad } from '../util/text.ts';

export const legacy = () => pad(gone);
