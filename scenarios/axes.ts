// The four axes of the matrix and the names every report, CLI flag and later issue uses.
// These enums are the single source of truth for the axis types (z.infer below).
import { z } from 'zod';

export const Browser = z.enum(['chrome', 'edge', 'brave', 'firefox', 'safari']);
export const Os = z.enum(['windows', 'macos', 'linux', 'android', 'ios']);
export const State = z.enum([
  'granted',
  'denied',
  'dismissed',
  'denied-by-system',
  'device-busy',
  'no-device',
  'wrong-device',
  'insecure-context',
  'policy-blocked',
]);
export const Mode = z.enum(['audio-only', 'audio-show-video', 'audio-video', 'screen-share']);
export const Engine = z.enum(['chromium', 'gecko', 'webkit']);

export type Browser = z.infer<typeof Browser>;
export type Os = z.infer<typeof Os>;
export type State = z.infer<typeof State>;
export type Mode = z.infer<typeof Mode>;
export type Engine = z.infer<typeof Engine>;

export const AXES = { browser: Browser, os: Os, state: State, mode: Mode } as const;
export type Axis = keyof typeof AXES;
export const AXIS_ORDER: readonly Axis[] = ['browser', 'os', 'state', 'mode'];

/** What a mode asks the browser for: the devices it needs and which API it calls. */
export const MODE_CAPTURE: Record<Mode, { api: 'getUserMedia' | 'getDisplayMedia'; audio: boolean; video: boolean }> = {
  'audio-only': { api: 'getUserMedia', audio: true, video: false },
  'audio-show-video': { api: 'getUserMedia', audio: true, video: true },
  'audio-video': { api: 'getUserMedia', audio: true, video: true },
  'screen-share': { api: 'getDisplayMedia', audio: false, video: true },
};

/** The labels the seed articles use for each mode (support tickets quote these). */
export const MODE_LABELS: Record<Mode, string> = {
  'audio-only': 'Record Audio, No Video',
  'audio-show-video': 'Record Audio, Show Video',
  'audio-video': 'Record Audio and Video',
  'screen-share': 'Share Screen',
};
