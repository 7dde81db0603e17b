import { runAll } from '../drive/run.ts';
import { pad } from '../util/text.ts';

export const main = (): string => pad(String(runAll().length));
