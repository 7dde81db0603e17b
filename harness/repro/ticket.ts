// A support ticket: what the customer told us. `--ticket file.json` or the same fields as flags.
import { z } from 'zod';
import { Browser } from '../../scenarios/axes.ts';

export const Ticket = z
  .object({
    /** The customer's user-agent string (from the ticket's diagnostics). */
    ua: z.string().min(10, 'a user-agent string is required'),
    /** The error text they saw, e.g. "NotAllowedError: Permission denied by system". */
    error: z.string().min(1, 'the error text is required'),
    /** What they were doing, e.g. "Record Audio and Video". */
    mode: z.string().min(1, 'the recording mode is required'),
    /** Overrides the brand the UA implies (Brave sends Chrome's UA). */
    browser: Browser.optional(),
    /** Free text kept in the bundle. */
    reference: z.string().optional(),
  })
  .strict();
export type Ticket = z.infer<typeof Ticket>;
