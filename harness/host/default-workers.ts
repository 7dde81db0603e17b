// How many workers a run uses unless `--workers` says otherwise: a browser keeps about two cores busy
// (browser, renderer and compositor processes), so one worker per two cores. Measured on 2 cores:
// 40 chromium cells took 58 s on 2 workers and 46 s on 1.
import { availableParallelism } from 'node:os';

export function defaultWorkers(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}
