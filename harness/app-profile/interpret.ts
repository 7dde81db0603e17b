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

/** Recognises a step shown without an id by the playbook's text patterns (first match in catalogue order). */
export function recogniseStep(playbook: Playbook, text: string): string | null {
  for (const [id, def] of Object.entries(playbook.steps)) {
    if (def.text && new RegExp(def.text, 'i').test(text)) return id;
  }
  return null;
}

export async function readDisplay(page: AppPage, profile: TargetProfile, playbook: Playbook): Promise<Display> {
  const o = profile.outcome;
  const shown = await page.readOutcome({ success: o.success, error: o.error, steps: o.steps, ...(o.stepIdAttribute ? { stepIdAttribute: o.stepIdAttribute } : {}) });
  const errorText = shown.errorTexts.join(' ').trim();
  const texts = shown.stepTexts.map((t) => t.replace(/\s+/g, ' ').trim());
  const steps: ShownStep[] = o.stepIdAttribute
    ? texts.map((text, i) => ({ id: shown.stepIds[i] ?? null, text }))
    : texts.map((text) => ({ id: recogniseStep(playbook, text), text }));
  return { successVisible: shown.successVisible, errorVisible: shown.errorVisible, errorText, steps };
}
