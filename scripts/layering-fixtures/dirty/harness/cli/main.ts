import { runAll } from '../drive/run.ts';
import { start } from '../entry/start.ts';

export const main = (): number => runAll() + start();
