// A customer's error text → the state(s) that produce it. The table is not written here: it is read
// from every engine's condition table (the expected exception per cell), so it can never drift from
// what the harness asserts.
import { MODES, OSES, STATES, stateRank, type State } from '../../scenarios/axes.ts';
import type { Cell } from '../contract/cell.ts';
import { engines as defaultEngines, type EngineRegistry } from '../engines/registry.ts';

export interface ErrorMatch {
  /** Most likely first (the articles' "most frequently" order). */
  states: State[];
  /** Engines whose own text this is. */
  engines: string[];
  name: string;
  message: string;
}

/** Texts an app shows when there is no API at all (insecure page): not DOMExceptions. */
const API_MISSING = [/mediaDevices is undefined/i, /reading 'getUserMedia'/i, /reading 'getDisplayMedia'/i, /getUserMedia is not a function/i, /not (served over )?https/i, /secure context/i];

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

interface Known {
  name: string;
  message: string;
  engine: string;
  state: State;
}

const knownByRegistry = new WeakMap<EngineRegistry, Known[]>();

/** Every exception text every engine's condition table expects, with its state (the tables are the source). */
function knownMessages(registry: EngineRegistry): Known[] {
  const cached = knownByRegistry.get(registry);
  if (cached) return cached;
  const known: Known[] = [];
  for (const engine of registry.all()) {
    for (const { id: state } of STATES) {
      for (const { id: mode } of MODES) {
        for (const os of OSES) {
          const cell: Cell = { id: '', browser: 'chrome', os, state, mode, engine: engine.name };
          let c;
          try {
            c = engine.conditions[state](cell);
          } catch {
            continue;
          }
          const e = c.expected;
          if (e.kind === 'exception' && !known.some((k) => k.engine === engine.name && k.state === state && k.message === e.message && k.name === e.name)) {
            known.push({ name: e.name, message: e.message, engine: engine.name, state });
          }
        }
      }
    }
  }
  knownByRegistry.set(registry, known);
  return known;
}

/** Splits "NotAllowedError: Permission denied by system." into name and message (either may be absent). */
export function splitErrorText(text: string): { name?: string; message: string } {
  const m = /^\s*(?:DOMException:\s*)?([A-Z][A-Za-z]*Error)\s*[:(-]?\s*(.*?)\)?\s*$/.exec(text);
  return m ? { name: m[1], message: m[2] ?? '' } : { message: text.trim() };
}

export function statesForError(text: string, preferEngine?: string, registry: EngineRegistry = defaultEngines): ErrorMatch | undefined {
  const all = knownMessages(registry);
  if (API_MISSING.some((re) => re.test(text))) {
    // No exception at all: the states whose expectation is a missing capture API (insecure origin).
    const states = apiMissingStates(registry);
    return { states, engines: registry.names(), name: '', message: text };
  }
  const { name, message } = splitErrorText(text);
  const want = normal(message);
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
  const states = [...new Set(preferred.map((h) => h.state))].sort((a, b) => stateRank(a) - stateRank(b));
  return { states, engines: [...new Set(preferred.map((h) => h.engine))], name: preferred[0]!.name, message: preferred[0]!.message };
}

function apiMissingStates(registry: EngineRegistry): State[] {
  const out = new Set<State>();
  for (const engine of registry.all()) {
    for (const { id: state } of STATES) {
      const cell: Cell = { id: '', browser: 'chrome', os: 'windows', state, mode: MODES[0].id, engine: engine.name };
      try {
        if (engine.conditions[state](cell).expected.kind === 'api-missing') out.add(state);
      } catch {
        // a row that cannot describe this cell says nothing about the text
      }
    }
  }
  return [...out].sort((a, b) => stateRank(a) - stateRank(b));
}
