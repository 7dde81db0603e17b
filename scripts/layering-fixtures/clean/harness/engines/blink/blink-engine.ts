import type { EngineModule } from '../engine-shape.ts';
import { conditions } from './conditions.ts';

export const blinkEngine: EngineModule = { id: 'blink', launch: (cell) => `${conditions.granted} ${cell.id}` };
