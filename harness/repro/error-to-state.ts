// A customer's error text → the state(s) that produce it. The table is not written here: it is read
// from every engine's condition table (the expected exception per cell), so it can never drift from
// what the harness asserts.
import { AXES, type Engine, type State } from '../../scenarios/axes.ts';
import { ENGINES } from '../engines/registry.ts';
import type { Cell } from '../matrix/cell.ts';

export interface ErrorMatch {
  /** Most likely first (the articles' "most frequently" order). */
  states: State[];
  /** Engines whose own text this is. */
  engines: Engine[];
  name: string;
  message: string;
}

/** The articles' order of likelihood, used to rank candidates for an ambiguous text. */
const LIKELIHOOD: State[] = ['denied', 'dismissed', 'denied-by-system', 'device-busy', 'no-device', 'wrong-device', 'insecure-context', 'policy-blocked'];

/** Texts an app shows when there is no API at all (insecure page): not DOMExceptions. */
const API_MISSING = [/mediaDevices is undefined/i, /reading 'getUserMedia'/i, /reading 'getDisplayMedia'/i, /getUserMedia is not a function/i, /not (served over )?https/i, /secure context/i];

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

interface Known {
  name: string;
  message: string;
  engine: Engine;
  state: State;
}

let known: Known[] | undefined;

function knownMessages(): Known[] {
  if (known) return known;
  known = [];
  for (const engine of Object.values(ENGINES)) {
    for (const state of AXES.state.options) {
      for (const mode of AXES.mode.options) {
        for (const os of ['windows', 'macos', 'linux'] as const) {
          const cell: Cell = { id: '', browser: 'chrome', os, state, mode, engine: engine.engine };
          let c;
          try {
            c = engine.condition(cell, engine.runners[0]!);
          } catch {
            continue;
          }
          const e = c.expected;
          if (e.kind === 'exception' && !known.some((k) => k.engine === engine.engine && k.state === state && k.message === e.message && k.name === e.name)) {
            known.push({ name: e.name, message: e.message, engine: engine.engine, state });
          }
        }
      }
    }
  }
  return known;
}

/** Splits "NotAllowedError: Permission denied by system." into name and message (either may be absent). */
export function splitErrorText(text: string): { name?: string; message: string } {
  const m = /^\s*(?:DOMException:\s*)?([A-Z][A-Za-z]*Error)\s*[:(-]?\s*(.*?)\)?\s*$/.exec(text);
  return m ? { name: m[1], message: m[2] ?? '' } : { message: text.trim() };
}

export function statesForError(text: string, preferEngine?: Engine): ErrorMatch | undefined {
  if (API_MISSING.some((re) => re.test(text))) return { states: ['insecure-context'], engines: ['chromium', 'gecko', 'webkit'], name: '', message: text };
  const { name, message } = splitErrorText(text);
  const want = normal(message);
  const all = knownMessages();
  // Exact message first (the longest match wins: "Permission denied by system" over "Permission denied").
  let hits = all.filter((k) => (!name || k.name === name) && want !== '' && normal(k.message) === want);
  if (!hits.length) {
    hits = all
      .filter((k) => (!name || k.name === name) && k.message && want.includes(normal(k.message)))
      .sort((a, b) => b.message.length - a.message.length);
    if (hits.length) hits = hits.filter((h) => h.message.length === hits[0]!.message.length);
  }
  if (!hits.length && name) hits = all.filter((k) => k.name === name);
  if (!hits.length) return undefined;
  const preferred = preferEngine && hits.some((h) => h.engine === preferEngine) ? hits.filter((h) => h.engine === preferEngine) : hits;
  const states = [...new Set(preferred.map((h) => h.state))].sort((a, b) => LIKELIHOOD.indexOf(a) - LIKELIHOOD.indexOf(b));
  return { states, engines: [...new Set(preferred.map((h) => h.engine))], name: preferred[0]!.name, message: preferred[0]!.message };
}
