import type { EngineModule } from '../engine.ts';
import { chromiumCondition } from './conditions.ts';

export const chromiumEngine: EngineModule = {
  engine: 'chromium',
  runners: ['playwright', 'webdriverio'],
  condition: (cell) => chromiumCondition(cell),
};
