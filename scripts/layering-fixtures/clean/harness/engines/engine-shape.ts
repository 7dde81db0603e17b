import type { Cell } from '../contract/types.ts';

export interface EngineModule {
  id: string;
  launch(cell: Cell): string;
}
