// The Chromium plug-in (Chrome, Edge, Brave): Debian's chromium driven by Playwright, or by
// WebdriverIO through Debian's chromedriver. Everything the harness knows about Chromium is in this folder.
import { spawnSync } from 'node:child_process';
import type { EngineModule } from '../../contract/engine-module.ts';
import { CHROMIUM_CONDITIONS } from './conditions.ts';
import { CHROMEDRIVER_EXECUTABLE, CHROMIUM_EXECUTABLE } from './launch-options.ts';
import { CHROMIUM_MESSAGES } from './messages.ts';
import { CHROMIUM_RECOVERIES } from './recoveries.ts';

export const chromiumEngine: EngineModule = {
  name: 'chromium',
  label: 'Chromium',
  runners: {
    playwright: { needs: [CHROMIUM_EXECUTABLE], driver: async () => (await import('./playwright-driver.ts')).chromiumPlaywrightDriver },
    webdriverio: { needs: [CHROMIUM_EXECUTABLE, CHROMEDRIVER_EXECUTABLE], driver: async () => (await import('./webdriverio-driver.ts')).chromiumWebdriverioDriver },
    // Remote endpoints: nothing on this host; the node or server has the browser.
    grid: { needs: [], driver: async () => (await import('./grid-driver.ts')).chromiumGridDriver },
    'browser-server': { needs: [], driver: async () => (await import('./playwright-driver.ts')).chromiumPlaywrightDriver },
  },
  limits: [
    {
      runner: 'webdriverio',
      when: { state: ['dismissed'], mode: ['screen-share'] },
      why: 'the real screen picker is answered by a key press timed against the probe, which only the Playwright driver does (run it with --runner playwright)',
    },
    {
      runner: 'grid',
      when: { state: ['dismissed'], mode: ['screen-share'] },
      why: "the real screen picker is answered by an xdotool key press on the browser's own X display, which a WebDriver endpoint does not expose",
    },
    {
      runner: 'browser-server',
      when: { state: ['dismissed'], mode: ['screen-share'] },
      why: "the real screen picker is answered by an xdotool key press on the browser's own X display, which is the browser server's, not this machine's",
    },
  ],
  conditions: CHROMIUM_CONDITIONS,
  recoveries: CHROMIUM_RECOVERIES,
  // Chromium maps every *.localhost name to loopback and treats it as a secure context.
  isolatesLocalhostSubdomains: true,
  // Chromium refuses to start as root with its sandbox on; the report must not hide that it is off.
  runNotes: () => [process.getuid?.() === 0 ? 'Chromium runs with --no-sandbox: the run is root, and Chromium will not start its sandbox as root' : 'Chromium runs with --no-sandbox (containers often lack the namespaces its sandbox needs)'],
  messages: CHROMIUM_MESSAGES,
  version: (_spec, path) => (spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '').trim().split('\n')[0] ?? '',
};
