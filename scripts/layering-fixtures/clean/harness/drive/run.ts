import type { Cell } from '../contract/types.ts';
import { planCells } from '../plan/plan.ts';
import { RUNNERS } from '../runners/registry.ts';
import { summarize } from '../report/summary.ts';

export const runAll = (): Cell[] => {
  const cells = planCells();
  summarize(cells.map((c) => RUNNERS.local(c)));
  return cells;
};
