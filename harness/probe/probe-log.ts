// The probe's record as the harness reads it back, and what it observed for the capture call.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const ProbeCall = z.object({
  api: z.string(),
  constraints: z.unknown(),
  at: z.number(),
  settledAt: z.number().optional(),
  outcome: z.enum(['pending', 'ok', 'error']),
  result: z.unknown().optional(),
  error: z.object({ name: z.string(), message: z.string(), constraint: z.string().optional().nullable() }).optional(),
});
export const ProbeLog = z.object({
  url: z.string(),
  secureContext: z.boolean(),
  mediaDevices: z.boolean(),
  getDisplayMedia: z.boolean(),
  inFrame: z.boolean(),
  calls: z.array(ProbeCall),
  /** Set by MARK_PROBE_EXPRESSION: how many calls the document had made before a recovery step. */
  mark: z.number().optional(),
  /** Set by the harness (ANSWER_PROMPT_EXPRESSION): when, on the page's clock, it closed a real prompt or picker. */
  answers: z.array(z.number()).optional(),
});
export type ProbeLog = z.infer<typeof ProbeLog>;
export type ProbeCall = z.infer<typeof ProbeCall>;

/** What the page really received, reduced to what the verdict compares. */
export type Observation =
  | { kind: 'success'; api: string; request: RequestedDevices }
  | { kind: 'exception'; api: string; name: string; message: string; constraint?: string; request: RequestedDevices; promptAnswered?: boolean }
  | { kind: 'api-missing' }
  | { kind: 'pending'; api: string; request: RequestedDevices }
  | { kind: 'no-call' }
  | { kind: 'no-probe' }
  | { kind: 'not-reached' };

/** What the page's capture call asked for, from the constraints the probe recorded. */
export interface RequestedDevices {
  audio: boolean;
  video: boolean;
  /** The constraints as the page passed them, for messages. */
  constraints: unknown;
}

/** getDisplayMedia() asks for the screen unless `video: false`; getUserMedia asks for what is truthy. */
export function requestedDevices(api: string, constraints: unknown): RequestedDevices {
  const c = (constraints && typeof constraints === 'object' ? constraints : {}) as { audio?: unknown; video?: unknown };
  const video = api === 'getDisplayMedia' ? c.video !== false : !!c.video;
  return { audio: !!c.audio, video, constraints: constraints ?? null };
}

export const PROBE_SCRIPT = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** Expression that returns the probe log (or null) in the page. */
export const READ_PROBE_EXPRESSION = 'window.__permissionHarnessProbe ? JSON.parse(JSON.stringify(window.__permissionHarnessProbe)) : null';

/**
 * Records, before the harness closes a real prompt or picker, that it did so now: a call still pending
 * at that moment and refused after it waited on the prompt; one refused before it was never asked.
 */
export const ANSWER_PROMPT_EXPRESSION = 'window.__permissionHarnessProbe ? ((window.__permissionHarnessProbe.answers ||= []).push(Date.now()), true) : false';

/** Marks the log before a recovery cell's second phase, so the calls after it can be told apart. */
export const MARK_PROBE_EXPRESSION = 'window.__permissionHarnessProbe ? (window.__permissionHarnessProbe.mark = window.__permissionHarnessProbe.calls.length, true) : false';

/**
 * The log as of the mark: only the calls made after it. A log without the mark is a new document (the
 * page was reloaded): all of its calls are after it.
 */
export function sinceMark(log: ProbeLog | null): ProbeLog | null {
  if (!log) return log;
  const { mark, ...rest } = log;
  return mark === undefined ? rest : { ...rest, calls: log.calls.slice(mark) };
}

/** A track as the probe recorded it: `readyState` when the log was read, `endedAt` once its `ended` event fired. */
export interface ProbeTrack {
  kind: string;
  readyState?: string;
  endedAt?: number;
}

/** The tracks the last call of this API returned (none if it failed), with their readyState when the log was read. */
export function lastTracks(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): ProbeTrack[] {
  const last = log?.calls.filter((c) => c.api === api).at(-1);
  return last?.outcome === 'ok' && Array.isArray(last.result) ? (last.result as ProbeTrack[]) : [];
}

/** The tracks of the recording in progress: those of the last call of this API that succeeded. */
export function recordingTracks(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): ProbeTrack[] {
  const last = log?.calls.filter((c) => c.api === api && c.outcome === 'ok').at(-1);
  return last && Array.isArray(last.result) ? (last.result as ProbeTrack[]) : [];
}

/** True once every track of the last successful call ended with an `ended` event (none recorded: false). */
export function tracksEnded(tracks: readonly ProbeTrack[]): boolean {
  return tracks.length > 0 && tracks.every((t) => t.readyState === 'ended' && t.endedAt !== undefined);
}

export function observe(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): Observation {
  if (!log) return { kind: 'no-probe' };
  const calls = log.calls.filter((c) => c.api === api);
  const last = calls.at(-1);
  if (!last) return log.mediaDevices && (api !== 'getDisplayMedia' || log.getDisplayMedia) ? { kind: 'no-call' } : { kind: 'api-missing' };
  const request = requestedDevices(api, last.constraints);
  if (last.outcome === 'pending') return { kind: 'pending', api, request };
  if (last.outcome === 'ok') return { kind: 'success', api, request };
  const e = last.error!;
  const answered = (log.answers ?? []).some((t) => t >= last.at && (last.settledAt === undefined || t <= last.settledAt));
  return { kind: 'exception', api, name: e.name, message: e.message, ...(e.constraint ? { constraint: e.constraint } : {}), request, ...(answered ? { promptAnswered: true } : {}) };
}

/** True once the capture call settled (or can never happen because the API is missing). */
export function settled(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): boolean {
  const o = observe(log, api);
  return o.kind === 'success' || o.kind === 'exception' || o.kind === 'api-missing';
}
