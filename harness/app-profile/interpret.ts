// The small interpreter of a profile's actions and of where its outcome appears.
import type { Display, ShownStep } from '../contract/cell-result.ts';
import type { AppPage } from '../contract/session.ts';
import { elementStateExpression } from '../probe/element-state.ts';
import type { Playbook } from './playbook-schema.ts';
import { actionName, type Action, type TargetProfile } from './profile-schema.ts';

/** A profile action that could not be carried out; the message names the profile step. */
export class ProfileStepError extends Error {
  override name = 'ProfileStepError';
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!;
}

/** The element an action acts on, if it has one. */
function targetOf(a: Action): { selector: string; verb: string; value?: string } | undefined {
  if ('click' in a) return { selector: a.click, verb: 'click' };
  if ('check' in a) return { selector: a.check, verb: 'check' };
  if ('select' in a) return { selector: a.select, verb: 'select', value: a.value };
  if ('fill' in a) return { selector: a.fill, verb: 'fill' };
  if ('waitFor' in a) return { selector: a.waitFor, verb: 'waitFor' };
  return undefined;
}

/**
 * Why an action on an element failed, from the page's own state (disabled, hidden, covered, not
 * found, ...), read after the runner gave up; undefined when the page cannot say (it navigated away).
 */
async function diagnose(page: AppPage, a: Action): Promise<string | undefined> {
  const target = targetOf(a);
  if (!target) return undefined;
  try {
    const why = await page.evaluate(elementStateExpression(target));
    return typeof why === 'string' ? `${target.selector}: ${why}` : undefined;
  } catch {
    return undefined;
  }
}

export async function runActions(page: AppPage, actions: readonly Action[], where: string, timeoutMs: number): Promise<void> {
  for (const [i, a] of actions.entries()) {
    const label = `${where}[${i}] '${actionName(a)}'`;
    try {
      if ('click' in a) await page.click(a.click, timeoutMs);
      else if ('check' in a) await page.check(a.check, timeoutMs);
      else if ('select' in a) await page.select(a.select, a.value, timeoutMs);
      else if ('fill' in a) await page.fill(a.fill, a.value, timeoutMs);
      else if ('waitFor' in a) await page.waitFor(a.waitFor, timeoutMs);
      else if ('goto' in a) await page.goto(a.goto);
      else if ('reload' in a) await page.reload();
      else if ('localStorage' in a)
        await page.evaluate(`localStorage.setItem(${JSON.stringify(a.localStorage.key)}, ${JSON.stringify(a.localStorage.value)})`);
    } catch (e) {
      const why = await diagnose(page, a);
      throw new ProfileStepError(`profile step ${label} failed: ${why ? `${why} (${firstLine(e)})` : firstLine(e)}`);
    }
  }
}

/** Whether an element matching `selector` is on screen: a box, not visibility:hidden (an expression both runners can evaluate). */
function visibleExpression(selector: string): string {
  return `(function () { var e = document.querySelector(${JSON.stringify(selector)}); return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })()`;
}

/**
 * Why the user cannot start here, from the page's own state, or undefined when Start can be used:
 * the profile's `message` is shown, or the first start action's element is disabled, hidden or absent
 * (element-state.page.js's sentences for those three; covered or ready means Start can be used).
 */
export async function whyStartIsNotPossible(page: AppPage, start: readonly Action[], message?: string): Promise<string | undefined> {
  if (message && (await page.evaluate(visibleExpression(message))) === true) return `${message} is shown instead of a usable start`;
  const target = start.map(targetOf).find((t) => t !== undefined);
  if (!target) return undefined;
  const why = await page.evaluate(elementStateExpression(target));
  return typeof why === 'string' && /is disabled|is hidden|no element/.test(why) ? `${target.selector}: ${why}` : undefined;
}

/** The catalogue steps whose `text` pattern (a case-insensitive, unanchored regular expression) matches a shown text. */
export function matchingSteps(playbook: Playbook, text: string): string[] {
  return Object.entries(playbook.steps).flatMap(([id, def]) => (def.text && new RegExp(def.text, 'i').test(text) ? [id] : []));
}

/**
 * Recognises a step shown without an id by the playbook's text patterns: the one step whose pattern
 * matches. None, or several (an ambiguity the verdict reports, never resolved by catalogue order): null.
 */
export function recogniseStep(playbook: Playbook, text: string): string | null {
  const ids = matchingSteps(playbook, text);
  return ids.length === 1 ? ids[0]! : null;
}

function recognised(playbook: Playbook, text: string): ShownStep {
  const ids = matchingSteps(playbook, text);
  return ids.length === 1 ? { id: ids[0]!, text } : ids.length ? { id: null, text, ambiguous: ids } : { id: null, text };
}

export async function readDisplay(page: AppPage, profile: TargetProfile, playbook: Playbook): Promise<Display> {
  const o = profile.outcome;
  const shown = await page.readOutcome({ success: o.success, error: o.error, steps: o.steps, ...(o.stepIdAttribute ? { stepIdAttribute: o.stepIdAttribute } : {}) });
  const errorText = shown.errorTexts.join(' ').trim();
  const texts = shown.stepTexts.map((t) => t.replace(/\s+/g, ' ').trim());
  const steps: ShownStep[] = o.stepIdAttribute
    ? texts.map((text, i) => ({ id: shown.stepIds[i] ?? null, text }))
    : texts.map((text) => recognised(playbook, text));
  return { successVisible: shown.successVisible, errorVisible: shown.errorVisible, errorText, steps };
}
