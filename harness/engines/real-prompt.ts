// Answering a browser's own permission prompt or screen picker, shown for real in a headed browser under
// Xvfb, the way a user does: by keyboard, through xdotool on the browser's display. Shared by the
// engines whose prompts take keys (Chromium's prompt and picker, Firefox's doorhanger prompts).
import { spawn } from 'node:child_process';
import { ANSWER_PROMPT_EXPRESSION, READ_PROBE_EXPRESSION, settled, type ProbeLog } from '../probe/probe-log.ts';

/** What the cell flow's page offers the driver here. */
export interface PromptPage {
  evaluate(expression: string): Promise<unknown>;
  /** Raises the page's window and gives it the keyboard (Playwright's bringToFront). */
  bringToFront?(): Promise<void>;
}

export async function pressKeys(display: string, keys: readonly string[]): Promise<void> {
  await new Promise<void>((resolve) => {
    const p = spawn('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    p.on('exit', () => resolve());
    p.on('error', () => resolve());
  });
}

/** Closes the prompt or picker, as the user's Escape does (the picker's Cancel, the prompt's close). */
export const DISMISS_KEYS = ['Escape'];

export interface PromptAnswer {
  keys: readonly string[];
  /** Pressed once, after the prompt had this long to take keys (a sequence that moves focus must start from where the prompt opens with it). */
  onceAfterMs?: number;
}

/**
 * After the app's start: a call refused within half a second was never asked (nothing to answer). One
 * still pending then waits on a real prompt: the moment is recorded in the page's probe log (so the
 * verdict can tell an asked refusal from an immediate one), then the keys are pressed; a closing answer
 * is repeated while the call stays pending (a prompt that was not ready for the first press).
 */
export async function answerRealPrompt(page: PromptPage, api: 'getUserMedia' | 'getDisplayMedia', display: string, answer: PromptAnswer): Promise<void> {
  // xdotool types into the focused window, and each browser context is a window of its own: a cell on a
  // context used before another one would get its keys sent to the other window (measured on Firefox:
  // the prompt of the first cell back on an older context stayed open until the capture timed out).
  // A driver whose page offers it has it raised here (Firefox also raises it before the app's click).
  await page.bringToFront?.().catch(() => {});
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const log = (await page.evaluate(READ_PROBE_EXPRESSION).catch(() => null)) as ProbeLog | null;
    if (!log || settled(log, api)) return;
    if (i === 0) continue;
    await page.evaluate(ANSWER_PROMPT_EXPRESSION).catch(() => false);
    if (answer.onceAfterMs === undefined) {
      await pressKeys(display, answer.keys);
      continue;
    }
    await new Promise((r) => setTimeout(r, answer.onceAfterMs));
    await pressKeys(display, answer.keys);
    return;
  }
}
