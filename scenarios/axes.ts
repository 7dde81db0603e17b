// The four axes of the matrix, declared once as data: every enum, help text, summary grid and
// likelihood ranking in the harness is derived from these tables (z.infer below gives the types).
// Adding a state is one row in STATES; the type checker then asks each engine folder for its row.
import { z } from 'zod';

export const BROWSERS = ['chrome', 'edge', 'brave', 'firefox', 'safari'] as const;
export const OSES = ['windows', 'macos', 'linux', 'android', 'ios'] as const;

/**
 * The permission states, in the order the support articles rank their causes ("most frequently"
 * first): an ambiguous error text is resolved to the earliest state it can mean.
 */
export const STATES = [
  { id: 'granted', summary: 'the user allowed capture: recording must start' },
  { id: 'denied', summary: 'the site is blocked in the browser settings' },
  { id: 'dismissed', summary: 'the user closed the permission prompt or the screen picker' },
  { id: 'denied-by-system', summary: 'the operating system privacy setting blocks the browser' },
  { id: 'device-busy', summary: 'another app holds the camera or microphone' },
  { id: 'no-device', summary: 'no camera or microphone is connected' },
  { id: 'wrong-device', summary: 'the app asks for a device that is gone' },
  { id: 'insecure-context', summary: 'the page is not a secure context (plain http)' },
  { id: 'policy-blocked', summary: 'a permissions policy (embedding frame) forbids capture' },
  {
    id: 'unsupported-browser',
    summary: 'the browser cannot capture for this app (Safari 13 or older; screen share on a phone): no capture call, the app must say so',
  },
] as const;

/** What each mode asks the browser for, and the label the articles (and support tickets) use. */
export const MODES = [
  { id: 'audio-only', label: 'Record Audio, No Video', api: 'getUserMedia', audio: true, video: false },
  { id: 'audio-show-video', label: 'Record Audio, Show Video', api: 'getUserMedia', audio: true, video: true },
  { id: 'audio-video', label: 'Record Audio and Video', api: 'getUserMedia', audio: true, video: true },
  { id: 'screen-share', label: 'Share Screen', api: 'getDisplayMedia', audio: false, video: true },
] as const;

/**
 * What the user does between the two states of a recovery sequence (the playbook's first step, applied).
 * `app` says what the user then does in the app: `reload` (reload the page and start again: the
 * profile's setup, mode and start actions) or `retry` (the profile's `retry` actions); `selectsDevice`:
 * the profile's `selectOtherDevice` actions come first. `retriesBefore`: earlier attempts, each
 * answered the same way, before the one that is judged (the embargo needs three dismissals).
 * `keepsState`: the articles' point is that the state lasts (a block is refused again, a closed
 * prompt asks again), so the sequence may end in the state it started from (`denied..denied`).
 */
export const ACTIONS = [
  { id: 'allow-and-reload', summary: 'the user allows the site in its site settings, reloads the page and starts again', app: 'reload', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'allow-and-retry', summary: 'the user tries again and allows the prompt this time', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'pick-surface', summary: 'the user tries again and picks a screen or window in the picker', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'connect-device', summary: 'a camera and microphone are connected, then the user tries again', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'select-other-device', summary: "the user selects a connected device in the app's settings, then tries again", app: 'retry', selectsDevice: true, retriesBefore: 0, keepsState: false },
  { id: 'close-other-app', summary: 'the other app releases the camera or microphone, then the user tries again', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'dismiss-again', summary: 'the user tries again and closes the prompt (or the screen picker) again: the browser must ask again', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: true },
  { id: 'retry-unchanged', summary: 'the user tries again without changing the site settings: the browser must refuse again, without asking', app: 'retry', selectsDevice: false, retriesBefore: 0, keepsState: true },
  { id: 'dismiss-until-blocked', summary: 'the user keeps closing the prompt (three times in all), then tries once more: the browser stops asking and blocks the site', app: 'retry', selectsDevice: false, retriesBefore: 2, keepsState: false },
  // Mid-session changes: nothing is asked of the user; the app must notice the ended tracks on its own (`app: 'notice'`).
  { id: 'revoke-while-recording', summary: 'while the app records, the microphone and camera are turned off for the site (the site settings changed to Block): the live tracks end', app: 'notice', selectsDevice: false, retriesBefore: 0, keepsState: false },
  { id: 'unplug-device', summary: 'while the app records, the microphone and camera are unplugged: the live tracks end and the devices are gone', app: 'notice', selectsDevice: false, retriesBefore: 0, keepsState: false },
] as const;

/** Joins the two states of a sequence in its id's state segment (`denied..granted`): no shell quoting, no clash with `*` globs or the run key's `?`/`#`. */
export const SEQUENCE_JOINER = '..';

const ids = <T extends { id: string }>(rows: readonly T[]) => rows.map((r) => r.id) as unknown as [T['id'], ...T['id'][]];

export const Browser = z.enum(BROWSERS);
export const Os = z.enum(OSES);
export const State = z.enum(ids(STATES));
export const Mode = z.enum(ids(MODES));
export const Action = z.enum(ids(ACTIONS));

export type Browser = z.infer<typeof Browser>;
export type Os = z.infer<typeof Os>;
export type State = z.infer<typeof State>;
export type Mode = z.infer<typeof Mode>;
export type Action = z.infer<typeof Action>;
export type ModeRow = (typeof MODES)[number];
export type ActionRow = (typeof ACTIONS)[number];

export function actionRow(action: Action): ActionRow {
  return ACTIONS.find((a) => a.id === action)!;
}

export const AXES = { browser: Browser, os: Os, state: State, mode: Mode } as const;
export type Axis = keyof typeof AXES;
export const AXIS_ORDER: readonly Axis[] = ['browser', 'os', 'state', 'mode'];

export function modeRow(mode: Mode): ModeRow {
  return MODES.find((m) => m.id === mode)!;
}

/** 0 for the most frequent cause; used to rank the states an ambiguous error text can mean. */
export function stateRank(state: State): number {
  return STATES.findIndex((s) => s.id === state);
}
