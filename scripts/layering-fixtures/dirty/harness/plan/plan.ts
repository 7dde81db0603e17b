import { ENGINES } from '../engines/registry.ts';
import { launchFlags } from '../engines/blink/launch.ts';
import { localRunner } from '../runners/local/local-runner.ts';

export const plan = (): string[] => [...Object.keys(ENGINES), ...launchFlags, localRunner()];
