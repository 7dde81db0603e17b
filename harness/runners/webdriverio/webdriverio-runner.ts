// The WebdriverIO runner plug-in: sessions made by the engine's WebdriverIO driver
// (contract/webdriverio-driver.ts), which starts the driver (and browser) on this machine.
import type { RunnerPlugin } from '../../contract/runner-plugin.ts';
import type { WebdriverioEngineDriver } from '../../contract/webdriverio-driver.ts';
import { WebdriverioSessions } from '../webdriverio-sessions.ts';

export const webdriverioRunner: RunnerPlugin = {
  name: 'webdriverio',
  start: (stage) =>
    new WebdriverioSessions({
      open: (request, driver) => (driver as WebdriverioEngineDriver).open(request, stage),
      reuseKey: (request, driver) => (driver as WebdriverioEngineDriver).reuseKey?.(request),
    }),
};
