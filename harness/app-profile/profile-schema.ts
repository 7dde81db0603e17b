// A target profile: everything the harness knows about one app under test. Harness code knows no
// app's DOM; it interprets these actions. The schema is the single source of the profile's types.
import { z } from 'zod';
import { Mode } from '../../scenarios/axes.ts';

const Selector = z.string().min(1, 'a CSS selector is required');

/** One step of a profile; `name` is what a failure quotes ("profile step 'pick mode' failed: ..."). */
export const Action = z.union([
  z.object({ click: Selector, name: z.string().optional() }).strict(),
  z.object({ select: Selector, value: z.string(), name: z.string().optional() }).strict(),
  z.object({ fill: Selector, value: z.string(), name: z.string().optional() }).strict(),
  z.object({ waitFor: Selector, name: z.string().optional() }).strict(),
  z.object({ goto: z.string(), name: z.string().optional() }).strict(),
  z.object({ reload: z.literal(true), name: z.string().optional() }).strict(),
  z.object({ localStorage: z.object({ key: z.string(), value: z.string() }).strict(), name: z.string().optional() }).strict(),
]);
export type Action = z.infer<typeof Action>;

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
        errorText: z.string().default('{name}'),
        /** Each troubleshooting step shown. */
        steps: Selector,
        /** Attribute holding a step's stable id; without it, steps are recognised by the playbook's text patterns. */
        stepIdAttribute: z.string().optional(),
      })
      .strict(),
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
