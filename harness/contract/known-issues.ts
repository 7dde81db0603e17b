// A target's known issues: the failures a team expects until a ticket is fixed, committed beside
// the target profile. Each entry names the cells (a glob over cell ids, as the CLI takes them), the
// failure expected (a substring of the cell's failure message, or `/regex/`), the ticket and the
// date the entry stops covering the failure: a list that only ever grows would hide regressions.
import { z } from 'zod';

const CELL_GLOB = /^[a-z0-9*-]+\/[a-z0-9*-]+\/[a-z0-9*-]+\/[a-z0-9*-]+$/;

/** `/…/` is a regular expression; anything else a plain substring. */
export function failurePattern(failure: string): RegExp | undefined {
  const m = /^\/(.+)\/$/s.exec(failure);
  if (!m) return new RegExp(failure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    return new RegExp(m[1]!);
  } catch {
    return undefined;
  }
}

export const KnownIssue = z
  .object({
    cells: z
      .string()
      .regex(CELL_GLOB, 'expected a cell id or glob <browser>/<os>/<state>/<mode>, `*` for any value of an axis (e.g. "chrome/*/denied/audio-video")')
      .describe('The cells this failure is expected on: a cell id, or a glob with `*` for any value of an axis (e.g. "chrome/*/denied/audio-video").'),
    failure: z
      .string()
      .min(1)
      .refine((f) => failurePattern(f) !== undefined, 'not a valid regular expression')
      .describe('The failure expected: a substring of the cell\'s failure message, or a regular expression written `/…/` (no flags). Matched as Allure matches it: against the failure lines joined by newlines.'),
    ticket: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+\/[^\s?#]*[^\s/?#]$/, 'expected the ticket\'s absolute http(s) URL ending in its id, without "?" or "#" (e.g. "https://github.com/acme/recorder/issues/42")')
      .describe('The ticket\'s URL (absolute http or https); its last path segment is the issue id Allure shows.'),
    expires: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD', abort: true })
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
      .describe('The last day (UTC) the entry covers the failure; from the day after, the entry fails the run until it is renewed or removed.'),
    note: z.string().optional().describe('Free text for people: why the failure is accepted for now.'),
  })
  .strict();
export type KnownIssue = z.infer<typeof KnownIssue>;

export const KnownIssuesFile = z
  .object({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema (for editors).'),
    issues: z.array(KnownIssue).describe('The expected failures, one entry per ticket.'),
  })
  .strict()
  .superRefine((file, ctx) => {
    // Allure keys an issue resolution by its ticket: one entry per ticket keeps the two in step.
    const seen = new Map<string, number>();
    file.issues.forEach((issue, i) => {
      const first = seen.get(issue.ticket);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['issues', i, 'ticket'], message: `ticket already used by issues[${first}]: one entry per ticket (widen that entry's cells glob)` });
      else seen.set(issue.ticket, i);
    });
  })
  .describe('permission-harness known issues: failures expected on a target until their ticket is fixed.');
export type KnownIssuesFile = z.infer<typeof KnownIssuesFile>;
