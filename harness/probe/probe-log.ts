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
});
export type ProbeLog = z.infer<typeof ProbeLog>;
export type ProbeCall = z.infer<typeof ProbeCall>;

/** What the page really received, reduced to what the verdict compares. */
export type Observation =
  | { kind: 'success'; api: string }
  | { kind: 'exception'; api: string; name: string; message: string; constraint?: string }
  | { kind: 'api-missing' }
  | { kind: 'pending'; api: string }
  | { kind: 'no-call' }
  | { kind: 'no-probe' };

export const PROBE_SCRIPT = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** Expression that returns the probe log (or null) in the page. */
export const READ_PROBE_EXPRESSION = 'window.__permissionHarnessProbe ? JSON.parse(JSON.stringify(window.__permissionHarnessProbe)) : null';

export function observe(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): Observation {
  if (!log) return { kind: 'no-probe' };
  const calls = log.calls.filter((c) => c.api === api);
  const last = calls.at(-1);
  if (!last) return log.mediaDevices && (api !== 'getDisplayMedia' || log.getDisplayMedia) ? { kind: 'no-call' } : { kind: 'api-missing' };
  if (last.outcome === 'pending') return { kind: 'pending', api };
  if (last.outcome === 'ok') return { kind: 'success', api };
  const e = last.error!;
  return { kind: 'exception', api, name: e.name, message: e.message, ...(e.constraint ? { constraint: e.constraint } : {}) };
}

/** True once the capture call settled (or can never happen because the API is missing). */
export function settled(log: ProbeLog | null, api: 'getUserMedia' | 'getDisplayMedia'): boolean {
  const o = observe(log, api);
  return o.kind === 'success' || o.kind === 'exception' || o.kind === 'api-missing';
}
