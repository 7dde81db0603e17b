// `init`'s reasoning, pure: from the controls a page offers and what appeared on screen after a
// granted and a refused start, a draft target profile and the list of what could not be mapped. The
// words it looks for are the support articles' (audio, video, camera, screen, microphone, share,
// record, join, start); nothing here knows any particular app.
import type { Mode } from '../../scenarios/axes.ts';
import type { PageControls, ScreenElement } from '../probe/discover-controls.ts';
import type { Action, TargetProfile } from './profile-schema.ts';

/** The recording mode a control's words name, if any (the articles' labels and their usual variants). */
export function modeOfWords(words: string): Mode | undefined {
  const t = words.toLowerCase();
  if (/screen|display|present|share/.test(t)) return 'screen-share';
  if (/no video|without video|audio[ -]only|voice only|(microphone|mic) only/.test(t)) return 'audio-only';
  if (/show(ing)? video|preview/.test(t)) return 'audio-show-video';
  if (/video|camera|webcam/.test(t)) return 'audio-video';
  if (/audio|microphone|\bmic\b|voice/.test(t)) return 'audio-only';
  return undefined;
}

export interface MappedModes {
  modes: Partial<Record<Mode, Action[]>>;
  /** Where each mode came from, for the summary. */
  from: Partial<Record<Mode, string>>;
}

/** Modes from a select's options (their text, then their value) or radio buttons' labels; the first control that names a mode wins it. */
export function mapModes(controls: PageControls): MappedModes {
  const modes: MappedModes['modes'] = {};
  const from: MappedModes['from'] = {};
  for (const s of controls.selects) {
    for (const o of s.options) {
      const mode = modeOfWords(o.text) ?? modeOfWords(o.value);
      if (mode && !modes[mode]) {
        modes[mode] = [{ select: s.selector, value: o.value, name: `pick ${o.text || o.value}` }];
        from[mode] = `option "${o.text || o.value}" of ${s.selector}`;
      }
    }
  }
  for (const b of controls.buttons.filter((x) => x.toggle)) {
    const mode = modeOfWords(b.text);
    if (mode && !modes[mode]) {
      modes[mode] = [{ click: b.selector, name: `pick ${b.text}` }];
      from[mode] = `toggle button "${b.text}" (${b.selector})`;
    }
  }
  for (const r of controls.radios) {
    const mode = modeOfWords(r.label);
    if (mode && !modes[mode]) {
      modes[mode] = [{ check: r.selector, name: `choose ${r.label}` }];
      from[mode] = `radio button "${r.label}" (${r.selector})`;
    }
  }
  return { modes, from };
}

const START_WORDS = /\b(start|record|join|begin|capture|go live|share|allow|enable)\b/i;
const NOT_START = /\b(stop|cancel|close|retry|settings|help|dismiss|end|leave)\b/i;

/** The button that starts capture: the first visible one whose words say so (not a toggle, which picks), enabled preferred. */
export function findStart(controls: PageControls): PageControls['buttons'][number] | undefined {
  const candidates = controls.buttons.filter((b) => !b.toggle && START_WORDS.test(b.text) && !NOT_START.test(b.text));
  return candidates.find((b) => !b.disabled) ?? candidates[0];
}

/** What is on screen after that was not, or not with that text, before: in page order. */
export function appeared(before: readonly ScreenElement[], after: readonly ScreenElement[]): ScreenElement[] {
  const was = new Map(before.map((e) => [e.selector, e.text]));
  return after.filter((e) => was.get(e.selector) !== e.text);
}

/** The deepest of the elements: the first that no other of them is inside. */
function deepest(elements: ScreenElement[]): ScreenElement | undefined {
  return elements.find((e) => !elements.some((o) => o !== e && o.ancestors.includes(e.selector))) ?? elements[0];
}

export interface DraftOutcome {
  outcome: Partial<TargetProfile['outcome']>;
  notes: string[];
}

/**
 * The success element: what appeared after a granted start and is not an error (an element with an
 * id preferred, the deepest). The error: the deepest element that appeared after a refusal and quotes
 * the exception; its nearest appeared ancestor with list items holds the steps.
 */
export function mapOutcome(input: {
  beforeGranted: readonly ScreenElement[];
  afterGranted: readonly ScreenElement[];
  beforeRefused: readonly ScreenElement[];
  afterRefused: readonly ScreenElement[];
  exception?: { name: string; message: string };
}): DraftOutcome {
  const notes: string[] = [];
  const outcome: DraftOutcome['outcome'] = {};
  const granted = appeared(input.beforeGranted, input.afterGranted).filter((e) => !/error|denied|blocked|not allowed/i.test(e.text));
  const success = deepest(granted.filter((e) => e.selector.startsWith('#'))) ?? deepest(granted);
  if (success) outcome.success = success.selector;
  else notes.push('success: nothing appeared after a granted start (is the start button right? does the app show that it records?)');

  const refused = appeared(input.beforeRefused, input.afterRefused);
  const ex = input.exception;
  const quoting = ex ? refused.filter((e) => e.text.includes(ex.name) || (ex.message && e.text.includes(ex.message))) : [];
  const errorEl = deepest(quoting) ?? deepest(refused.filter((e) => /error|denied|blocked|not allowed|permission/i.test(e.text)));
  if (!errorEl) {
    notes.push(`error: nothing appeared after a refused start${ex ? ` that quotes ${ex.name}` : ''}`);
    return { outcome, notes };
  }
  outcome.error = errorEl.selector;
  if (ex && errorEl.text.includes(`${ex.name}: ${ex.message}`)) outcome.errorText = '{name}: {message}';
  else if (ex && errorEl.text.includes(ex.name)) outcome.errorText = '{name}';
  else if (ex && ex.message && errorEl.text.includes(ex.message)) outcome.errorText = '{message}';
  else notes.push(`errorText: the error "${errorEl.text.slice(0, 80)}" quotes neither the exception's name nor its message; the default "{name}" will fail until you set errorText`);
  // The steps: the items of the deepest appeared element that holds some (a list, or paragraphs of advice).
  const container = deepest(refused.filter((e) => e.items > 0));
  if (container) {
    outcome.steps = `${container.selector} ${container.itemTag ?? 'li'}`;
    if (container.itemIdAttribute) outcome.stepIdAttribute = container.itemIdAttribute;
    else notes.push('stepIdAttribute: the steps carry no data-* id; a playbook will recognise them by their text patterns');
  } else {
    // A valid profile needs a steps selector: list items inside the error, where most apps put them.
    outcome.steps = `${errorEl.selector} li`;
    notes.push(`steps: no list of steps appeared with the error; steps set to "${outcome.steps}"`);
  }
  return { outcome, notes };
}
