// Ticket → the cell to run, with the reasons and what could not be matched.
import { MODES, type State } from '../../scenarios/axes.ts';
import { cellId } from '../contract/cell.ts';
import { engineOf, violatedConstraint } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { UsageError } from '../util/errors.ts';
import { statesForError } from './error-to-state.ts';
import { modeFromLabel } from './mode-label.ts';
import { parseUserAgent } from './parse-user-agent.ts';
import type { Ticket } from './ticket.ts';

export interface Pick {
  cellId: string;
  reasons: string[];
  /** What could not be matched or needs a human's eye. */
  notes: string[];
  /** Other states the error text could mean. */
  alternatives: State[];
}

export function pickCell(ticket: Ticket): Pick {
  const spec = loadMatrix();
  const ua = parseUserAgent(ticket.ua);
  const notes = [...ua.notes];
  const reasons: string[] = [];

  const browser = ticket.browser ?? ua.browser;
  if (!browser) throw new UsageError(`cannot tell the browser from the user agent (${notes.join('; ')}); pass --browser`);
  if (!ua.os) throw new UsageError(`cannot tell the operating system from the user agent (${notes.join('; ')})`);
  reasons.push(`user agent: ${ua.browserName} ${ua.browserVersion} on ${ua.osName} ${ua.osVersion}`.trim() + ` → browser ${browser}, os ${ua.os}${ticket.browser ? ' (browser given in the ticket)' : ''}`);

  const mode = modeFromLabel(ticket.mode);
  if (!mode) throw new UsageError(`unknown mode "${ticket.mode}": use one of ${MODES.map((m) => `"${m.label}"`).join(', ')}`);
  reasons.push(`mode: "${ticket.mode}" → ${mode}`);

  const engine = engineOf(spec, { browser, os: ua.os, mode });
  const match = statesForError(ticket.error, engine);
  if (!match) throw new UsageError(`the error text "${ticket.error}" matches no known browser message; known texts include "NotAllowedError: Permission denied", "Permission denied by system", "Permission dismissed", "NotFoundError: Requested device not found", "NotReadableError: Could not start video source"`);
  // Only states that make a valid cell for this browser/os/mode (no OS block on Linux, ...).
  const valid = match.states.filter((st) => !violatedConstraint(spec, { browser, os: ua.os!, state: st, mode }));
  if (!valid.length) throw new UsageError(`no cell can reproduce "${ticket.error}" on ${browser}/${ua.os} in ${mode}: it means ${match.states.join(' or ')}, none of which is a valid cell there`);
  const [state, ...alternatives] = valid;
  reasons.push(
    `error: "${ticket.error}" → ${state}` +
      (match.engines.includes(engine) ? ` (${engine}'s own text)` : ` (this is ${match.engines.join('/')}'s text, not ${engine}'s: the customer's browser may not be what the UA says)`),
  );
  if (alternatives.length) notes.push(`the same text also means: ${alternatives.join(', ')} (${engine} reports these alike); the cell runs the most frequent cause, ${state}`);

  const coords = { browser, os: ua.os, state: state!, mode };
  return { cellId: cellId(coords), reasons, notes, alternatives };
}
