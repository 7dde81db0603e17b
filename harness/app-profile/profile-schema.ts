// A target profile: everything the harness knows about one app under test. Harness code knows no
// app's DOM; it interprets these actions. The schema is the single source of the profile's types.
import { z } from 'zod';
import { Mode } from '../../scenarios/axes.ts';

const Selector = z.string().min(1, 'a CSS selector is required');

const ActionName = z.string().optional();

/**
 * The valid action shapes, one per verb (the key that says what the action does). Their union is the
 * single source of the `Action` type; the verb of each shape is its first key.
 */
const ACTION_SHAPES = [
  z.object({ click: Selector, name: ActionName }).strict(),
  z.object({ select: Selector, value: z.string(), name: ActionName }).strict(),
  z.object({ fill: Selector, value: z.string(), name: ActionName }).strict(),
  z.object({ waitFor: Selector, name: ActionName }).strict(),
  z.object({ goto: z.string(), name: ActionName }).strict(),
  z.object({ reload: z.literal(true), name: ActionName }).strict(),
  z.object({ localStorage: z.object({ key: z.string(), value: z.string() }).strict(), name: ActionName }).strict(),
] as const;

const verbOf = (shape: (typeof ACTION_SHAPES)[number]) => Object.keys(shape.shape)[0]!;
const ACTION_VERBS = ACTION_SHAPES.map(verbOf);
/** "click, select (with value), …, and optionally name", derived from the shapes. */
const VALID_ACTIONS = ACTION_SHAPES.map((shape) => {
  const [verb, ...rest] = Object.keys(shape.shape).filter((k) => k !== 'name');
  return rest.length ? `${verb} (with ${rest.join(', ')})` : verb;
}).join(', ');

/** `{"clik": …}`: the keys an action was given, without its values. */
function describeAction(raw: unknown): string {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    return `{${Object.keys(raw).map((k) => `${JSON.stringify(k)}: …`).join(', ')}}`;
  }
  return JSON.stringify(raw) ?? String(raw);
}

/**
 * One step of a profile; `name` is what a failure quotes ("profile step 'pick mode' failed: ...").
 * The action's verb picks its shape before parsing, so a mistake names what is wrong: an unknown or
 * missing verb lists the valid ones, a known verb reports that shape's own problems (a missing
 * `value`, an unrecognised key) instead of the union's bare "Invalid input".
 */
export const Action = z.preprocess((raw, ctx) => {
  const verbs = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw).filter((k) => ACTION_VERBS.includes(k)) : [];
  if (verbs.length !== 1) {
    const what = verbs.length > 1 ? `ambiguous action ${describeAction(raw)} (${verbs.join(' and ')})` : `unknown action ${describeAction(raw)}`;
    ctx.addIssue({ code: 'custom', message: `${what}: an action has one of ${VALID_ACTIONS}, and optionally name` });
    return raw;
  }
  const shaped = ACTION_SHAPES[ACTION_VERBS.indexOf(verbs[0]!)]!.safeParse(raw);
  if (!shaped.success) for (const issue of shaped.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return raw;
}, z.union(ACTION_SHAPES));
export type Action = z.infer<typeof Action>;

/** Placeholders `outcome.errorText` may use, filled from the exception the page received. */
export const ERROR_TEXT_PLACEHOLDERS = ['{name}', '{message}'] as const;

/** `{word}` not preceded by `$` (`${ENV}` is substituted from the environment); literal braces around other text are left alone. */
function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/(?<!\$)\{[\w\s.-]*\}/g)].map((m) => m[0]).filter((p) => !(ERROR_TEXT_PLACEHOLDERS as readonly string[]).includes(p));
}

const ErrorText = z
  .string()
  .superRefine((template, ctx) => {
    for (const p of unknownPlaceholders(template)) {
      ctx.addIssue({ code: 'custom', message: `unknown placeholder ${p}: valid placeholders are ${ERROR_TEXT_PLACEHOLDERS.join(', ')}` });
    }
  });

const ActionList = z.array(Action);

export const TargetProfile = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    /** Serve this folder (relative to the profile file) on loopback; `url` is then relative to it. */
    serve: z.string().optional(),
    /** Absolute URL, or a path on the served folder. `${ENV}` is replaced from the environment. */
    url: z.string().min(1),
    /** Extra HTTP headers on every request (e.g. auth); values may use `${ENV}` and are never reported. */
    headers: z.record(z.string(), z.string()).optional(),
    cookies: z.array(z.object({ name: z.string(), value: z.string(), path: z.string().default('/') }).strict()).optional(),
    /** Run after the page loads, before picking a mode (log in, accept a banner, ...). */
    setup: ActionList.default([]),
    /** How to pick each mode; a mode missing here makes its cells unavailable for this target. */
    modes: z.partialRecord(Mode, ActionList),
    /** What makes the app ask for the devices. */
    start: ActionList.nonempty(),
    /** Makes the app request a device id that no longer exists (wrong-device); omit if the app cannot. */
    staleDevice: ActionList.optional(),
    outcome: z
      .object({
        /** Visible when capture worked. */
        success: Selector,
        /** Visible when the app reports an error; its text is checked against `errorText`. */
        error: Selector,
        /**
         * What the error text must contain, with {name} and {message} taken from the exception the
         * page really received (e.g. "{name}: {message}"). An app that shows only the name: "{name}".
         */
        errorText: ErrorText.default('{name}'),
        /** Each troubleshooting step shown. */
        steps: Selector,
        /** Attribute holding a step's stable id; without it, steps are recognised by the playbook's text patterns. */
        stepIdAttribute: z.string().optional(),
      })
      .strict(),
    /**
     * What a mode asks the browser for, where this app's mode differs from the articles' (every mode
     * the microphone, three the camera, screen share the screen): e.g. a video-only page.
     */
    modeNeeds: z.partialRecord(Mode, z.object({ audio: z.boolean().optional(), video: z.boolean().optional() }).strict()).optional(),
    /** Playbook file (relative to the profile): which steps the app must show per cell. */
    playbook: z.string().min(1),
    timeouts: z
      .object({
        /** For each action and for the outcome to appear. */
        actionMs: z.number().int().positive().default(5000),
        /** How long a capture call may stay unanswered before the cell reports it as pending. */
        captureMs: z.number().int().positive().default(8000),
      })
      .strict()
      .default({ actionMs: 5000, captureMs: 8000 }),
  })
  .strict();
export type TargetProfile = z.infer<typeof TargetProfile>;

export function actionName(a: Action): string {
  if (a.name) return a.name;
  const [verb, arg] = Object.entries(a).find(([k]) => k !== 'name')!;
  return `${verb} ${typeof arg === 'object' ? JSON.stringify(arg) : String(arg)}`;
}
