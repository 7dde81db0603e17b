// What every engine's Playwright driver adds to its launch options for the run's own options: a
// real (virtual) display when the condition or the run is headed, and slow motion.
import type { LaunchOptions } from 'playwright-core';
import type { RunOptions } from '../contract/run-options.ts';
import { ensureDisplay } from '../host/xvfb.ts';

export async function displayAndPace(conditionHeaded: boolean | undefined, options: RunOptions): Promise<Pick<LaunchOptions, 'headless' | 'env' | 'slowMo'>> {
  const headed = !!conditionHeaded || options.headed;
  return {
    headless: !headed,
    ...(headed ? { env: { ...process.env, DISPLAY: await ensureDisplay(options.headed) } } : {}),
    ...(options.slowMoMs ? { slowMo: options.slowMoMs } : {}),
  };
}
