// Ticket → the cell to run, with the reasons and what could not be matched.
import { MODES, STATES, type Browser, type Mode, type Os, type State } from '../../scenarios/axes.ts';
import type { MatrixSpec } from '../../scenarios/schema.ts';
import { cellId } from '../contract/cell.ts';
import { engines } from '../engines/registry.ts';
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

/**
 * The valid states in which the engine's condition for this browser/os/mode expects no capture call at
 * all (an unsupported browser), read from the condition tables: repro names no state of its own.
 */
export function noCaptureStates(spec: MatrixSpec, coords: { browser: Browser; os: Os; mode: Mode }): State[] {
  const engine = engineOf(spec, coords);
  return STATES.map((s) => s.id).filter((state) => {
    const c = { ...coords, state };
    if (violatedConstraint(spec, c)) return false;
    return engines.condition({ id: cellId(c), ...c, engine }).expected.kind === 'no-capture-call';
  });
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
  const os = ua.os;
  const unsupported = noCaptureStates(spec, { browser, os, mode });
  const unsupportedPick = (because: string): Pick => {
    const state = unsupported[0]!;
    reasons.push(`error: "${ticket.error}" → ${state} (${because}; no permission state applies: the app must say so instead of permission steps)`);
    return { cellId: cellId({ browser, os, state, mode }), reasons, notes, alternatives: [] };
  };
  // An unsupported Safari is the cause whatever the error text says (the note above says so too).
  if (ua.unsupportedVersion && unsupported.length) return unsupportedPick(`${ua.browserName} ${ua.browserVersion} is a browser version the articles rule out`);

  const match = statesForError(ticket.error, engine);
  // Only states that make a valid cell for this browser/os/mode (no OS block on Linux, ...).
  const valid = match ? match.states.filter((st) => !violatedConstraint(spec, { browser, os, state: st, mode })) : [];
  // Where no permission state is a cell (screen share on a phone), the text cannot matter: the browser cannot capture at all.
  const others = STATES.filter((s) => !unsupported.includes(s.id)).map((s) => violatedConstraint(spec, { browser, os, state: s.id, mode }));
  if (unsupported.length && others.every(Boolean)) return unsupportedPick(others[0]!.why);
  if (!match) throw new UsageError(`the error text "${ticket.error}" matches no known browser message; known texts include "NotAllowedError: Permission denied", "Permission denied by system", "Permission dismissed", "NotFoundError: Requested device not found", "NotReadableError: Could not start video source"`);
  if (!valid.length) throw new UsageError(`no cell can reproduce "${ticket.error}" on ${browser}/${os} in ${mode}: it means ${match.states.join(' or ')}, none of which is a valid cell there`);
  const [state, ...alternatives] = valid;
  reasons.push(
    `error: "${ticket.error}" → ${state}` +
      (match.engines.includes(engine) ? ` (${engine}'s own text)` : ` (this is ${match.engines.join('/')}'s text, not ${engine}'s: the customer's browser may not be what the UA says)`),
  );
  if (alternatives.length) notes.push(`the same text also means: ${alternatives.join(', ')} (${engine} reports these alike); the cell runs the most frequent cause, ${state}`);

  const coords = { browser, os, state: state!, mode };
  return { cellId: cellId(coords), reasons, notes, alternatives };
}
