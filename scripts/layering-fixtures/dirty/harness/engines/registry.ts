import { blinkEngine } from './blink/blink-engine.ts';
import { servoEngine } from './servo/servo-engine.ts';

export const ENGINES = { blink: blinkEngine, servo: servoEngine };
