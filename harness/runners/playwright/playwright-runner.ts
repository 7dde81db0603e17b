// The Playwright runner plug-in: browsers launched on this machine by the engine's Playwright driver.
import type { RunnerPlugin } from '../../contract/runner-plugin.ts';
import { PlaywrightRunnerInstance } from '../playwright-browsers.ts';

export const playwrightRunner: RunnerPlugin = {
  name: 'playwright',
  start: (_stage, options) => new PlaywrightRunnerInstance(options, { remote: false, launch: (driver, launchOptions) => driver.browserType.launch(launchOptions) }),
};
