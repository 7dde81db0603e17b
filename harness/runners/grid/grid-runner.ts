// The grid runner plug-in: WebdriverIO `remote()` to any WebDriver endpoint (a Selenium Grid 4, a
// cloud grid, a container node) at the cell's endpoint (the `--grid` URL). The engine's grid driver
// (contract/grid-driver.ts) says which capabilities carry the condition and what to send once the
// session is open; the user's `--capabilities` file is merged in. The report gets what the node
// reported in the new session's capabilities, not what was asked for.
import { remote } from 'webdriverio';
import type { GridEngineDriver } from '../../contract/grid-driver.ts';
import type { RunnerPlugin } from '../../contract/runner-plugin.ts';
import type { SessionRequest, Stage } from '../../contract/session.ts';
import type { WebdriverioSession } from '../../contract/webdriverio-driver.ts';
import { remoteFromCapabilities } from '../remote-identity.ts';
import { WebdriverioSessions } from '../webdriverio-sessions.ts';
import { mergeCapabilities } from './merge-capabilities.ts';

/** WebdriverIO's connection options from an endpoint URL (a cloud grid's credentials as user/key). */
export function connectionOf(endpoint: string) {
  const u = new URL(endpoint);
  const protocol = u.protocol.replace(':', '') as 'http' | 'https';
  return {
    protocol,
    hostname: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : protocol === 'https' ? 443 : 80,
    path: u.pathname || '/',
    ...(u.username ? { user: decodeURIComponent(u.username), key: decodeURIComponent(u.password) } : {}),
  };
}

async function openGridSession(request: SessionRequest, driver: GridEngineDriver, stage: Stage): Promise<WebdriverioSession> {
  const endpoint = request.endpoint;
  if (!endpoint) throw new Error('a grid cell was planned without an endpoint (--grid <url>)');
  const capabilities = mergeCapabilities(driver.capabilities(request, stage) as Record<string, unknown>, request.options.gridCapabilities);
  const browser = await remote({
    ...connectionOf(endpoint),
    logLevel: request.options.traceDir ? 'info' : 'silent', // a failing command is reported in the cell's result
    connectionRetryCount: 0,
    // A grid queues a request until a slot is free; a browser that cannot start must still end the wait.
    connectionRetryTimeout: 90_000,
    capabilities: capabilities as WebdriverIO.Capabilities,
  });
  try {
    await driver.prepare(browser, request, stage);
  } catch (e) {
    await browser.deleteSession().catch(() => {});
    driver.release?.(stage);
    throw e;
  }
  const reported = remoteFromCapabilities(request.cell, endpoint, browser.capabilities as Record<string, unknown>);
  return {
    browser,
    browserVersion: `${reported.browserName} ${reported.browserVersion}`,
    remote: reported,
    prepare: (next) => driver.prepare(browser, next, stage),
    close: async () => {
      await browser.deleteSession().catch(() => {});
      driver.release?.(stage);
    },
  };
}

export const gridRunner: RunnerPlugin = {
  name: 'grid',
  start: (stage) =>
    new WebdriverioSessions({
      open: (request, driver) => openGridSession(request, driver as GridEngineDriver, stage),
      reuseKey: (request, driver) => (driver as GridEngineDriver).reuseKey?.(request),
    }),
};
