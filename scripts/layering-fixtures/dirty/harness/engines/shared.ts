// A shared file directly in harness/engines/ may not reach into an engine folder either.
import { launchFlags } from './blink/launch.ts';

export const defaultFlags = launchFlags;
