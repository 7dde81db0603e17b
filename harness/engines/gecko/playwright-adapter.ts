import type { PlaywrightEngineAdapter } from '../../runners/playwright-engine-adapter.ts';
export const geckoPlaywrightAdapter: PlaywrightEngineAdapter = {
  browserType: 'firefox',
  async launchOptions() { return {}; },
  contextOptions() { return {}; },
  async prepare() { return { afterStart: async () => {}, dispose: async () => {} }; },
};
