import type { EngineModule } from '../engine.ts';
import { webkitCondition } from './conditions.ts';

export const webkitEngine: EngineModule = {
  engine: 'webkit',
  runners: ['webdriverio'],
  condition: (cell) => webkitCondition(cell),
};
