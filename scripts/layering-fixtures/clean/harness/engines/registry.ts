// The only file that imports the engine folders.
import { blinkEngine } from './blink/blink-engine.ts';
import type { EngineModule } from './engine-shape.ts';
import { servoEngine } from './servo/servo-engine.ts';

export const ENGINES: Record<string, EngineModule> = { blink: blinkEngine, servo: servoEngine };
