// The floors `npm run bench` compares the gecko and webkit release cells with: what a cell must do,
// done with Playwright (Firefox) or WebdriverIO (WebKitGTK) directly, warm: one browser (session) per
// launch configuration, each cell on a fresh origin of one site (`*.localhost`), goto, select the
// mode, click Start, wait for the app's outcome, read its steps. No probe, no report, no evidence:
// the difference to the harness's per-cell time is the harness's own work.
import { spawn } from 'node:child_process';
import { playwrightCore } from '../harness/util/playwright-core.ts';
import { remote } from 'webdriverio';
import { FIREFOX_EXECUTABLE, type GeckoLaunch } from '../harness/engines/gecko/launch-options.ts';
import { MINIBROWSER_EXECUTABLE, WEBKITDRIVER_EXECUTABLE, type WebKitLaunch } from '../harness/engines/webkit/capabilities.ts';
import { requireExecutable } from '../harness/host/find-executable.ts';
import { freePort } from '../harness/host/free-port.ts';
import { ensureDisplay } from '../harness/host/xvfb.ts';
import type { CellPlan } from '../harness/contract/cell-plan.ts';

const OUTCOME = '#recording-indicator, #error-popup #error-text';

/** Cells in launch-group order, `lanes` at a time, each lane keeping one warm browser per launch configuration. */
async function lanesOver<W>(plans: CellPlan[], lanes: number, open: (plan: CellPlan) => Promise<W>, cell: (w: W, plan: CellPlan, origin: string) => Promise<void>, close: (w: W) => Promise<void>, origin: (n: number) => string): Promise<number[]> {
  const times: number[] = [];
  const queue = [...plans];
  let n = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      const warm = new Map<string, W>();
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        const key = JSON.stringify(plan.condition.launch);
        let w = warm.get(key);
        if (!w) {
          w = await open(plan);
          warm.set(key, w);
          await cell(w, plan, origin(++n)); // a page's first navigation is not a cell's cost
        }
        const t0 = performance.now();
        await cell(w, plan, origin(++n));
        times.push(performance.now() - t0);
      }
      for (const w of warm.values()) await close(w);
    }),
  );
  return times;
}

export async function geckoFloor(plans: CellPlan[], lanes: number, port: number): Promise<number[]> {
  type Warm = { browser: import('playwright-core').Browser; page: import('playwright-core').Page };
  return lanesOver<Warm>(
    plans,
    lanes,
    async (plan) => {
      const browser = await playwrightCore.firefox.launch({ channel: 'moz-firefox', executablePath: requireExecutable(FIREFOX_EXECUTABLE), firefoxUserPrefs: (plan.condition.launch as unknown as GeckoLaunch).prefs });
      const page = await (await browser.newContext()).newPage();
      return { browser, page };
    },
    async ({ page }, plan, origin) => {
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.selectOption('#mode', plan.cell.mode);
      await page.click('#start');
      await page.waitForSelector(OUTCOME, { state: 'visible', timeout: 10_000 });
      await page.locator('#error-popup #steps li').allInnerTexts();
    },
    async ({ browser }) => browser.close(),
    (n) => `http://f${n}.bench.localhost:${port}`,
  );
}

export async function webkitFloor(plans: CellPlan[], port: number): Promise<number[]> {
  const display = await ensureDisplay(false);
  type Warm = { browser: WebdriverIO.Browser; driver: ReturnType<typeof spawn> };
  return lanesOver<Warm>(
    plans,
    1, // the harness runs WebKit on one worker
    async (plan) => {
      const driverPort = await freePort();
      const driver = spawn(requireExecutable(WEBKITDRIVER_EXECUTABLE), [`--port=${driverPort}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 300));
      const browser = await remote({
        hostname: '127.0.0.1',
        port: driverPort,
        logLevel: 'silent',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: requireExecutable(MINIBROWSER_EXECUTABLE), args: ['--automation', ...(plan.condition.launch as unknown as WebKitLaunch).args] },
        } as WebdriverIO.Capabilities,
      });
      return { browser, driver };
    },
    async ({ browser }, plan, origin) => {
      await browser.url(`${origin}/index.html`);
      await (await browser.$('#mode')).selectByAttribute('value', plan.cell.mode);
      await (await browser.$('#start')).click();
      await browser.waitUntil(async () => (await browser.$$(OUTCOME).filter((e) => e.isDisplayed())).length > 0, { timeout: 10_000, interval: 15 });
      await Promise.all(await browser.$$('#error-popup #steps li').map((e) => e.getText()));
    },
    async ({ browser, driver }) => {
      await browser.deleteSession().catch(() => {});
      driver.kill();
    },
    (n) => `http://k${n}.bench.localhost:${port}`,
  );
}
