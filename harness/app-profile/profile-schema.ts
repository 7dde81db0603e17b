// A target profile: everything the harness knows about one app under test. Harness code knows no
// app's DOM; it interprets these actions. The schema is the single source of the profile's types.
import { z } from 'zod';
import { Mode, State } from '../../scenarios/axes.ts';

const Selector = z.string().min(1, 'a CSS selector is required');

const ActionName = z.string().optional().describe('What a failure calls this step ("profile step \'pick mode\' failed: ..."); default: the verb and its selector.');

/** `$schema` lets an editor find the JSON Schema (schemas/*.schema.json); the harness ignores it. */
export const SchemaRef = z.string().optional().describe('Path or URL of this file\'s JSON Schema, for editors (e.g. "../../schemas/profile.schema.json"); ignored by the harness.');

/**
 * The valid action shapes, one per verb (the key that says what the action does). Their union is the
 * single source of the `Action` type; the verb of each shape is its first key.
 */
const ACTION_SHAPES = [
  z.object({ click: Selector.describe('Click the first element this CSS selector matches, once it is visible, enabled and stable (a button, a link, a radio button\'s label).'), name: ActionName }).strict().describe('click: click an element.'),
  z
    .object({
      check: Selector.describe('A radio button or checkbox (CSS selector) to turn on; already on is fine. A hidden input with a visible label: use click on the label.'),
      name: ActionName,
    })
    .strict()
    .describe('check: turn a radio button or checkbox on.'),
  z
    .object({ select: Selector.describe('A <select> element (CSS selector).'), value: z.string().describe('The value attribute of the <option> to pick.'), name: ActionName })
    .strict()
    .describe('select: pick an option of a <select>.'),
  z
    .object({ fill: Selector.describe('A text input or textarea (CSS selector).'), value: z.string().describe('The text to type into it (replaces what is there).'), name: ActionName })
    .strict()
    .describe('fill: type text into a field.'),
  z.object({ waitFor: Selector.describe('Wait until an element this CSS selector matches is visible.'), name: ActionName }).strict().describe('waitFor: wait for an element to be visible.'),
  z.object({ goto: z.string().describe('A URL (absolute, or relative to the app\'s URL) to open.'), name: ActionName }).strict().describe('goto: open a URL.'),
  z.object({ reload: z.literal(true).describe('Always true.'), name: ActionName }).strict().describe('reload: reload the app\'s page.'),
  z
    .object({
      localStorage: z.object({ key: z.string().describe('localStorage key.'), value: z.string().describe('Value to store.') }).strict().describe('Set one localStorage entry on the app\'s origin.'),
      name: ActionName,
    })
    .strict()
    .describe('localStorage: store a value in the app\'s localStorage (e.g. a remembered device id).'),
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
}, z.union(ACTION_SHAPES)).describe(`One action: exactly one of ${VALID_ACTIONS}, and optionally name.`);
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
  })
  .describe(
    'What the error text must contain, with {name} and {message} taken from the exception the page really received, e.g. "{name}: {message}"; an app that shows only the name: "{name}" (the default). Not checked when the page has no capture API at all (insecure-context cells): there is no exception to quote.',
  );

const ActionList = z.array(Action);
const actions = (what: string) => ActionList.describe(what);

export const TargetProfile = z
  .object({
    $schema: SchemaRef,
    name: z.string().min(1).describe('The app\'s name, shown in the report.'),
    description: z.string().optional().describe('Free text about the app, for people reading the profile.'),
    serve: z
      .string()
      .optional()
      .describe('A folder to serve on loopback (relative to this profile file, or absolute); `url` is then a path on it. Omit for a deployed app.'),
    url: z
      .string()
      .min(1)
      .describe('The app\'s absolute URL, or with `serve` a path on the served folder (e.g. "/index.html"). `${ENV}` is replaced from the environment.'),
    headers: z
      .record(z.string(), z.string())
      .optional()
      .describe('Extra HTTP headers on every request (e.g. authorization); values may use `${ENV}` and are never written to a report.'),
    cookies: z
      .array(
        z
          .object({
            name: z.string().describe('Cookie name.'),
            value: z.string().describe('Cookie value; may use `${ENV}`.'),
            path: z.string().default('/').describe('Cookie path (default "/").'),
          })
          .strict(),
      )
      .optional()
      .describe('Cookies set on the app\'s origin before it loads (e.g. a session).'),
    setup: actions('Run after the page loads, before picking a mode (log in, accept a banner, ...).').default([]),
    modes: z
      .partialRecord(Mode, ActionList)
      .describe('How to pick each recording mode (audio-only, audio-show-video, audio-video, screen-share): one action list per mode; a mode missing here makes its cells unavailable for this target. An app with no mode choice: an empty list for the one mode it has.'),
    start: actions('What makes the app ask for the devices (e.g. click Start); at least one action.').nonempty(),
    startNotPossible: z
      .object({
        states: z.array(State).nonempty().describe('The states in which the app rightly offers no way to start (e.g. an insecure origin, or a denial it detects before asking).'),
        message: Selector.optional().describe('CSS selector of what the app shows instead of a usable Start, if anything; shown (visible), it counts as start not possible too.'),
      })
      .strict()
      .optional()
      .describe(
        'Where starting is not possible by design: in these states the harness does not click Start but asserts that it cannot be used (the first `start` action\'s element is disabled, hidden or absent, or `message` is visible) and that the page made no capture call. An app that lets the user start there fails.',
      ),
    staleDevice: actions(
      'Makes the app request a device id that no longer exists (wrong-device cells), e.g. a localStorage entry and a reload; without it, wrong-device cells are unavailable for this target.',
    ).optional(),
    retry: actions(
      'How the user tries again from the error the app shows (e.g. click its "Try again" button): recovery cells whose action ends in a retry (allow-and-retry, pick-surface, connect-device, select-other-device, close-other-app) run it after the browser-side step; without it they are unavailable for this target.',
    ).optional(),
    selectOtherDevice: actions(
      "How the user picks a connected device in the app's own settings instead of the remembered one (wrong-device recovery cells, before `retry`); without it, those cells are unavailable for this target.",
    ).optional(),
    outcome: z
      .object({
        success: Selector.describe('CSS selector of what the app shows when capture worked; it must be visible (a non-empty box, not visibility:hidden), present is not enough.'),
        error: Selector.describe('CSS selector of the app\'s error message; it must be visible. Its text is checked against `errorText`.'),
        errorText: ErrorText.default('{name}'),
        steps: Selector.describe('CSS selector matching each troubleshooting step the app shows, in page order.'),
        stepIdAttribute: z
          .string()
          .optional()
          .describe('Attribute holding a step\'s stable id (e.g. "data-step-id"); without it, steps are recognised by the playbook\'s `text` patterns.'),
      })
      .strict()
      .describe('Where the app shows what happened: success, error and its text, troubleshooting steps.'),
    modeNeeds: z
      .partialRecord(
        Mode,
        z
          .object({
            audio: z.boolean().optional().describe('Whether this mode asks for the microphone (or the screen\'s audio).'),
            video: z.boolean().optional().describe('Whether this mode asks for the camera (or the screen).'),
          })
          .strict(),
      )
      .optional()
      .describe(
        'What a mode asks the browser for, where this app differs from the articles (every mode the microphone, three the camera, screen share the screen), e.g. {"audio-video": {"audio": false}} for a video-only page.',
      ),
    playbook: z
      .string()
      .min(1)
      .optional()
      .describe('The written playbook file (relative to this profile file, or absolute): which steps the app must show per cell. `{}` checks the error and its text only. A profile names a playbook, a snapshot, or both.'),
    snapshot: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The recorded playbook file (relative to this profile file, or absolute; e.g. "playbook.snapshot.json"): what the app showed per cell, written by `permission-harness record`; a difference fails the cell. Checked after the playbook\'s rules. It need not exist before the first `record`.',
      ),
    knownIssues: z
      .string()
      .min(1)
      .optional()
      .describe('The known-issues file (relative to this profile file, or absolute): failures expected on this target until their ticket is fixed (schema schemas/known-issues.schema.json). `run --known-issues <file>` overrides it.'),
    timeouts: z
      .object({
        actionMs: z.number().int().positive().default(5000).describe('How long each action, and the outcome, may take to appear (ms, default 5000).'),
        captureMs: z.number().int().positive().default(8000).describe('How long a capture call may stay unanswered before the cell reports it as pending (ms, default 8000).'),
      })
      .strict()
      .default({ actionMs: 5000, captureMs: 8000 })
      .describe('Timeouts in milliseconds.'),
  })
  .strict()
  .describe('A permission-harness target profile: how to drive one app under test and where it shows its outcome.')
  // Checked against nothing, every cell would pass on its error alone without anyone choosing that: an empty playbook (`{}`) says so.
  .refine((p) => p.playbook !== undefined || p.snapshot !== undefined, { message: 'a profile needs "playbook" (written rules; {} checks the error text only), "snapshot" (recorded by permission-harness record), or both', path: ['playbook'] });
export type TargetProfile = z.infer<typeof TargetProfile>;

export function actionName(a: Action): string {
  if (a.name) return a.name;
  const [verb, arg] = Object.entries(a).find(([k]) => k !== 'name')!;
  return `${verb} ${typeof arg === 'object' ? JSON.stringify(arg) : String(arg)}`;
}
