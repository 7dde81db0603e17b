// Chromium under Playwright: Debian's binary, CDP Browser.setPermission for the context (the CDP
// session must stay open or the override is dropped), CDP UA override for OS/brand emulation.
import { spawn } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { playwrightCore } from '../../util/playwright-core.ts';
import { ANSWER_PROMPT_EXPRESSION, READ_PROBE_EXPRESSION, settled, type ProbeLog } from '../../probe/probe-log.ts';
import { apiOf } from '../capture-kind.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import { displayAndPace, executablePathFor } from '../playwright-launch.ts';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import { chromiumIdentity } from './identity.ts';
import { CHROMIUM_EXECUTABLE, chromiumArgs, type ChromiumLaunch } from './launch-options.ts';
import { conditionCommands, recoveryCommands } from './cdp-commands.ts';

async function pressKeys(display: string, keys: readonly string[]): Promise<void> {
  await new Promise<void>((resolve) => {
    const p = spawn('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    p.on('exit', () => resolve());
    p.on('error', () => resolve());
  });
}

/** Closes the real prompt or picker, as the user's Escape (or the picker's Cancel) does. */
const DISMISS_KEYS = ['Escape'];

/**
 * Picks the entire screen in Chromium's screen picker and shares it. Measured on Chromium 156 under
 * Xvfb: the picker opens with the focus on Cancel; two shift+Tab reach its tab strip ("Chromium Tab"),
 * two Right select "Entire Screen", Tab focuses the screen's thumbnail and Return shares it
 * (getDisplayMedia then resolves with displaySurface "monitor"). Return alone presses Cancel.
 */
const PICK_SCREEN_KEYS = ['shift+Tab', 'shift+Tab', 'Right', 'Right', 'Tab', 'Return'];

/** The picker needs a moment after it opens before its tab strip takes keys (a sequence sent at once can land before it does). */
const PICKER_SETTLE_MS = 1000;

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; browserContextId: string }>>();

export const chromiumPlaywrightDriver: PlaywrightEngineDriver = {
  browserType: playwrightCore.chromium,
  productName: 'Chromium',
  async launchOptions({ condition, options }, where) {
    const l = condition.launch as unknown as ChromiumLaunch;
    return { executablePath: executablePathFor(CHROMIUM_EXECUTABLE, where), args: chromiumArgs(l), ...(await displayAndPace(l.headed, options, where)) };
  },
  contextOptions({ cell }) {
    // The context-level UA also covers frames and workers; the CDP override below adds platform and brands.
    const id = chromiumIdentity(cell.browser, cell.os);
    return { userAgent: id.userAgent, isMobile: false };
  },
  async prepare({ context, page, request }) {
    // One CDP session per page, kept open as long as the page (detaching drops the permission
    // overrides it set); a warm page reused by the next cell sends that cell's commands through it.
    let attached = sessions.get(page);
    if (!attached) {
      attached = context.newCDPSession(page).then(async (cdp) => {
        const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { browserContextId: string } };
        return { cdp, browserContextId: targetInfo.browserContextId };
      });
      sessions.set(page, attached);
    }
    const { cdp, browserContextId } = await attached;
    for (const [method, params] of conditionCommands(request, browserContextId)) await cdp.send(method as never, params as never);
    const l = request.condition.launch as unknown as ChromiumLaunch;
    // How the real prompt or picker is answered: closed, as the cell's first phase says; a recovery may turn it to a pick.
    let answer: 'dismiss' | 'pick-screen' = 'dismiss';
    return {
      async afterStart() {
        if (!l.dismissPrompt) return;
        // The real prompt (or picker) needs time to open: a call refused within half a second was never
        // asked. One still pending then waits on it: the press is recorded in the page, then Escape closes it.
        const api = apiOf(request.cell.mode);
        const display = await ensureDisplay(request.options.headed);
        for (let i = 0; i < 20; i++) {
          await new Promise((r) => setTimeout(r, 250));
          const log = (await page.evaluate(READ_PROBE_EXPRESSION).catch(() => null)) as ProbeLog | null;
          if (!log || settled(log, api)) return;
          if (i === 0) continue;
          await page.evaluate(ANSWER_PROMPT_EXPRESSION).catch(() => false);
          if (answer === 'dismiss') {
            await pressKeys(display, DISMISS_KEYS);
            continue;
          }
          // One pick, from the focus the picker opens with: a second sequence would start from wherever the first left it.
          await new Promise((r) => setTimeout(r, PICKER_SETTLE_MS));
          await pressKeys(display, PICK_SCREEN_KEYS);
          return;
        }
      },
      async recover(recovery) {
        if (recovery.promptAnswer) answer = recovery.promptAnswer;
        for (const [method, params] of recoveryCommands(request, recovery, browserContextId)) await cdp.send(method as never, params as never);
      },
      async dispose() {},
    };
  },
};
