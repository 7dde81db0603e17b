import type { EngineModule } from '../engine-shape.ts';
import { emulate } from '../emulated/emulated.ts';

export const servoEngine: EngineModule = { id: 'servo', launch: (cell) => emulate(cell.id) };
