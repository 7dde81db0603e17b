// End-to-end probe of the container path (not a unit test; run by hand, it needs a Docker engine):
//   node --import tsx scripts/containers-probe.ts
// Builds the images if missing, starts a Grid (hub + 1 Chromium node + 1 WebKitGTK relay node) and a
// Playwright browser-server container, opens a session to each browser through them, prints what the
// node reports and a getUserMedia answer from a page served on the host's loopback, and times each step.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, firefox } from 'playwright-core';
import { remote } from 'webdriverio';
import {
  dockerUnavailableReason,
  ensureBrowserNodesImage,
  startBrowserServers,
  startGrid,
  stopAllContainers,
} from '../harness/host/containers/index.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const timings: Record<string, string> = {};
const time = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
  const begun = Date.now();
  try {
    return await f();
  } finally {
    timings[label] = `${((Date.now() - begun) / 1000).toFixed(2)} s`;
  }
};
const log = (line: string) => console.log(`  ${line}`);

const PAGE = `<!doctype html><title>probe</title><script>
window.probe = () => navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then(
  (s) => 'ok: ' + s.getTracks().map((t) => t.kind + '=' + t.label).join(', '),
  (e) => e.name + ': ' + e.message);
</script>`;

/** getUserMedia from the page, answered within 10 s (a pending prompt must not hang the probe). */
const GUM_SCRIPT = `const done = arguments[arguments.length - 1];
Promise.race([window.probe(), new Promise((r) => setTimeout(() => r('pending after 10 s'), 10000))]).then(done);`;

async function main(): Promise<void> {
  const reason = await dockerUnavailableReason();
  if (reason) throw new Error(reason);

  const server = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  console.log(`app on the host's loopback: ${appUrl}`);

  try {
    console.log('image:');
    const image = await time('image (ensure)', () => ensureBrowserNodesImage(log));
    console.log(`  ${image}`);

    console.log('grid (hub + 1 chromedriver node + 1 WebKitWebDriver relay node):');
    const grid = await time('grid start to ready (1+1 nodes)', () => startGrid({ nodes: { chromium: 1, webkit: 1 }, image, log }));
    const { hostname, port } = new URL(grid.url);
    const session = (capabilities: WebdriverIO.Capabilities, extra: { connectionRetryTimeout?: number } = {}) =>
      remote({ hostname, port: Number(port), path: '/', logLevel: 'silent', connectionRetryCount: 0, ...extra, capabilities });
    try {
      const viaGrid = await time('chromium session through the grid', () =>
        session({
          browserName: 'chrome',
          'wdio:enforceWebDriverClassic': true,
          'goog:chromeOptions': { binary: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        }),
      );
      await report('chromium via grid', viaGrid, appUrl);

      const webkit = await time('webkit session through the grid', () =>
        session(
          {
            browserName: 'MiniBrowser',
            platformName: 'linux',
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--enable-mock-capture-devices=true'] },
          } as WebdriverIO.Capabilities,
          { connectionRetryTimeout: 30_000 },
        ),
      );
      await report('webkit via grid', webkit, appUrl);

      const logs = await grid.logs();
      console.log(`  container logs: ${Object.entries(logs).map(([name, text]) => `${name} ${text.length} chars`).join(', ')}`);
    } finally {
      await time('grid stop', () => grid.stop());
    }

    console.log('local chromedriver (for comparison):');
    const local = await time('chromium session, local chromedriver', () =>
      remote({
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'chrome',
          'wdio:enforceWebDriverClassic': true,
          'wdio:chromedriverOptions': { binary: '/usr/bin/chromedriver' },
          'goog:chromeOptions': { binary: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        },
      }),
    );
    await report('chromium local', local, appUrl);

    console.log('browser server (playwright run-server --unsafe):');
    const servers = await time('browser server start to listening', () => startBrowserServers({ count: 1, image, log }));
    try {
      const endpoint = servers.endpoints[0]!;
      const pwChromium = await time('chromium connect through the browser server', () =>
        chromium.connect(endpoint, {
          headers: {
            'x-playwright-launch-options': JSON.stringify({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS.filter((a) => a !== '--headless=new') }),
          },
        }),
      );
      const page = await pwChromium.newPage();
      await page.goto(appUrl);
      console.log(`  chromium via browser server: version ${pwChromium.version()}; getUserMedia: ${await page.evaluate('window.probe()')}`);
      await pwChromium.close();

      const pwFirefox = await time('firefox connect through the browser server', () =>
        firefox.connect(endpoint, {
          headers: {
            'x-playwright-launch-options': JSON.stringify({
              channel: 'moz-firefox',
              executablePath: '/usr/bin/firefox-esr',
              firefoxUserPrefs: {
                'media.navigator.streams.fake': true,
                'media.navigator.permission.disabled': true,
              },
            }),
          },
        }),
      );
      const ffPage = await pwFirefox.newPage();
      await ffPage.goto(appUrl);
      console.log(`  firefox via browser server: version ${pwFirefox.version()}; getUserMedia: ${await ffPage.evaluate('window.probe()')}`);
      await pwFirefox.close();
    } finally {
      await servers.stop();
    }
  } finally {
    server.close();
    await stopAllContainers();
  }
  console.log('timings:');
  for (const [label, value] of Object.entries(timings)) console.log(`  ${label}: ${value}`);
}

async function report(label: string, browser: WebdriverIO.Browser, appUrl: string): Promise<void> {
  try {
    const caps = browser.capabilities as { browserName?: string; browserVersion?: string; platformName?: string };
    await browser.url(appUrl);
    const answer = await browser.executeAsync(GUM_SCRIPT);
    console.log(`  ${label}: node reports ${caps.browserName} ${caps.browserVersion} on ${caps.platformName}; getUserMedia: ${String(answer)}`);
  } finally {
    await browser.deleteSession().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`containers-probe: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
