// Chromium under Playwright: Debian's binary, CDP Browser.setPermission for the context (the CDP
// session must stay open or the override is dropped), CDP UA override for OS/brand emulation.
import type { CDPSession, Page } from 'playwright-core';
import { playwrightCore } from '../../util/playwright-core.ts';
import { apiOf } from '../capture-kind.ts';
import { ensureDisplay } from '../../host/xvfb.ts';
import { displayAndPace, executablePathFor, promptDisplayKey } from '../playwright-launch.ts';
import { answerRealPrompt, DISMISS_KEYS, type PromptAnswer } from '../real-prompt.ts';
import type { PlaywrightEngineDriver } from '../../contract/playwright-driver.ts';
import { chromiumIdentity } from './identity.ts';
import { CHROMIUM_EXECUTABLE, chromiumArgs, type ChromiumLaunch } from './launch-options.ts';
import { conditionCommands, recoveryCommands } from './cdp-commands.ts';

/**
 * Picks the entire screen in Chromium's screen picker and shares it. Measured on Chromium 156 under
 * Xvfb: the picker opens with the focus on Cancel; two shift+Tab reach its tab strip ("Chromium Tab"),
 * two Right select "Entire Screen", Tab focuses the screen's thumbnail and Return shares it
 * (getDisplayMedia then resolves with displaySurface "monitor"). Return alone presses Cancel. The
 * picker needs a moment after it opens before its tab strip takes keys.
 */
const PICK_SCREEN: PromptAnswer = { keys: ['shift+Tab', 'shift+Tab', 'Right', 'Right', 'Tab', 'Return'], onceAfterMs: 1000 };

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; browserContextId: string }>>();

export const chromiumPlaywrightDriver: PlaywrightEngineDriver = {
  browserType: playwrightCore.chromium,
  productName: 'Chromium',
  async launchOptions(request, where) {
    const { condition, options } = request;
    const l = condition.launch as unknown as ChromiumLaunch;
    return { executablePath: executablePathFor(CHROMIUM_EXECUTABLE, where), args: chromiumArgs(l), ...(await displayAndPace(l.headed, options, where, promptDisplayKey(request))) };
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
        const display = await ensureDisplay(request.options.headed, promptDisplayKey(request));
        // Not raised first: Chromium's prompt keeps the keyboard in its own window (0 flaky in 2553 release
        // runs without it), and raising a tab under its open prompt is not measured.
        await answerRealPrompt({ evaluate: (e) => page.evaluate(e) }, apiOf(request.cell.mode), display, answer === 'pick-screen' ? PICK_SCREEN : { keys: DISMISS_KEYS });
      },
      async recover(recovery) {
        if (recovery.promptAnswer) answer = recovery.promptAnswer;
        for (const [method, params] of recoveryCommands(request, recovery, browserContextId)) await cdp.send(method as never, params as never);
      },
      async dispose() {},
    };
  },
};
