import { runAll } from '../drive/run.ts';

export const start = (): number => runAll().length;
