import type { EngineModule } from '../engine.ts';
import { geckoCondition } from './conditions.ts';

export const geckoEngine: EngineModule = {
  engine: 'gecko',
  runners: ['playwright'],
  condition: (cell) => geckoCondition(cell),
};
