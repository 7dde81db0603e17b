// The small interpreter of a profile's actions and of where its outcome appears.
import type { Display, ShownStep } from '../contract/cell-result.ts';
import type { AppPage } from '../contract/session.ts';
import type { Playbook } from './playbook-schema.ts';
import { actionName, type Action, type TargetProfile } from './profile-schema.ts';

/** A profile action that could not be carried out; the message names the profile step. */
export class ProfileStepError extends Error {
  override name = 'ProfileStepError';
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!;
}

export async function runActions(page: AppPage, actions: readonly Action[], where: string, timeoutMs: number): Promise<void> {
  for (const [i, a] of actions.entries()) {
    const label = `${where}[${i}] '${actionName(a)}'`;
    try {
      if ('click' in a) await page.click(a.click, timeoutMs);
      else if ('select' in a) await page.select(a.select, a.value, timeoutMs);
      else if ('fill' in a) await page.fill(a.fill, a.value, timeoutMs);
      else if ('waitFor' in a) await page.waitFor(a.waitFor, timeoutMs);
      else if ('goto' in a) await page.goto(a.goto);
      else if ('reload' in a) await page.reload();
      else if ('localStorage' in a)
        await page.evaluate(`localStorage.setItem(${JSON.stringify(a.localStorage.key)}, ${JSON.stringify(a.localStorage.value)})`);
    } catch (e) {
      throw new ProfileStepError(`profile step ${label} failed: ${firstLine(e)}`);
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
