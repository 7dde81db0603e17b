#!/usr/bin/env node
// Naming rules for source files (plain Node, no dependency).
//
//   node scripts/check-names.mjs            # the repo
//   node scripts/check-names.mjs <root>     # another tree laid out like the repo (the fixtures)
//
// (a) Engine names stay in harness/engines/. No source file under harness/ outside harness/engines/,
//     nor playwright.config.ts, wdio.conf.ts or allurerc.mjs, names an engine in code: as an
//     identifier-like word (`chromium`, `webkit.launch()`, `{ gecko: … }`) or as a word inside a string,
//     template or regex literal ('chromium', '../engines/webkit/x.ts', `gecko-${n}`, /webkit/i).
//     Words are runs of [A-Za-z0-9_$] and compare exactly (engine names are lowercase identifiers), so
//     `chromiumEngine` or 'webkitgtk' are one other word and do not count, nor does the product name
//     'WebKit' in a sentence, while 'gecko-driver' and `chromium.x` do.
//     The engine names are the subfolders of harness/engines/ except `emulated` (shared engine code),
//     so this script keeps no list of its own.
// (b) State names stay in harness/engines/. No source file under harness/ outside harness/engines/
//     contains a state name as a whole quoted literal ('denied', "granted", `no-device` without
//     substitutions); 'denied-by-system' is not 'denied'. The state names come from
//     scenarios/states.json when it exists (a JSON array of strings, or an object with a `states`
//     array), else from scenarios/axes.ts, read as text (importing it needs tsx): the initializer of
//     the exported const named STATES (else State, as in `export const State = z.enum([...])`).
//     Assumption: that initializer is either a table of rows, `[{ id: 'granted', summary: '…' }, …]`,
//     whose `id` (or `name`) values are the states, or a plain list (`['granted', …]`,
//     `z.enum([...])`) whose every string literal is a state.
//
// A line that carries the comment `names-check: <why>` is exempt (e.g. the W3C permission settings
// 'granted' | 'denied' | 'prompt', which share two words with the state names but are not states).
// Comments are ignored; *.test.{ts,mts,cts,js,mjs,cjs} files are exempt (tests may name engines and
// states). Prints `path:line: names engine "webkit"` / `path:line: names state "denied"` per hit, then a
// summary line. Exit code: 0 clean, 1 hits, 2 could not run (no engines or no states found).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXT = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
const CONFIG_FILES = ['playwright.config.ts', 'wdio.conf.ts', 'allurerc.mjs'];
const NOT_AN_ENGINE = 'emulated';
const STATES_EXPORTS = ['STATES', 'States', 'STATE', 'State'];

// ---------------------------------------------------------------------------------------------
// A small JS/TS lexer: enough to tell comments, string/template/regex literals and words apart.

const REGEX_AFTER_KEYWORD = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await', 'extends',
]);
const isIdStart = (c) => /[A-Za-z_$\u00c0-\uffff]/.test(c);
const isIdPart = (c) => /[A-Za-z0-9_$\u00c0-\uffff]/.test(c);

/**
 * @param {string} src
 * @returns {{ kind: 'word'|'string'|'template'|'regex', text: string, start: number, whole: boolean }[]}
 *   text: the word, or a literal's body without its delimiters; whole: a string, or a template with
 *   no substitution (one literal value); start: offset of text in src.
 */
export function tokenize(src) {
  const tokens = [];
  /** @type {number[]} brace depth of each open template substitution `${` */
  const templateStack = [];
  let braceDepth = 0;
  let prev = null; // last significant token: { type: 'word'|'punct'|'literal', value }
  let i = 0;
  const n = src.length;

  if (src.startsWith('#!')) {
    while (i < n && src[i] !== '\n') i++;
  }

  const regexAllowed = () => {
    if (!prev) return true;
    if (prev.type === 'literal') return false;
    if (prev.type === 'word') return REGEX_AFTER_KEYWORD.has(prev.value);
    return !(prev.value === ')' || prev.value === ']');
  };

  /** Scans a template from i (just past a backtick or a closing `}` of a substitution). */
  const scanTemplate = (isStart) => {
    let start = i;
    let sawSubst = !isStart;
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        tokens.push({ kind: 'template', text: src.slice(start, i), start, whole: !sawSubst });
        i++;
        prev = { type: 'literal' };
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        tokens.push({ kind: 'template', text: src.slice(start, i), start, whole: false });
        i += 2;
        templateStack.push(braceDepth);
        prev = { type: 'punct', value: '{' };
        sawSubst = true;
        return;
      } else {
        i++;
      }
    }
    tokens.push({ kind: 'template', text: src.slice(start, i), start, whole: false });
  };

  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && src[i] !== '\n') i++;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '"' || c === "'") {
      const start = i + 1;
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: src.slice(start, Math.min(i, n)), start, whole: true });
      i++;
      prev = { type: 'literal' };
    } else if (c === '`') {
      i++;
      scanTemplate(true);
    } else if (c === '}' && templateStack.length && templateStack[templateStack.length - 1] === braceDepth) {
      templateStack.pop();
      i++;
      scanTemplate(false);
    } else if (c === '/' && regexAllowed()) {
      const start = i + 1;
      i++;
      let inClass = false;
      while (i < n && src[i] !== '\n') {
        const r = src[i];
        if (r === '\\') {
          i += 2;
          continue;
        }
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        i++;
      }
      tokens.push({ kind: 'regex', text: src.slice(start, Math.min(i, n)), start, whole: false });
      i++;
      while (i < n && isIdPart(src[i])) i++; // flags
      prev = { type: 'literal' };
    } else if (isIdStart(c)) {
      const start = i;
      while (i < n && isIdPart(src[i])) i++;
      const word = src.slice(start, i);
      tokens.push({ kind: 'word', text: word, start, whole: true });
      prev = { type: 'word', value: word };
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(d ?? ''))) {
      while (i < n && /[0-9A-Za-z_.]/.test(src[i])) i++;
      prev = { type: 'literal' };
    } else if (/\s/.test(c)) {
      i++;
    } else {
      if (c === '{') braceDepth++;
      else if (c === '}') braceDepth--;
      prev = { type: 'punct', value: c };
      i++;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && SOURCE_EXT.test(entry.name)) out.push(full);
  }
  return out;
}

function engineNames(root) {
  const dir = join(root, 'harness', 'engines');
  if (!existsSync(dir)) throw new Error(`no ${relative(root, dir)}/ to read the engine names from`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== NOT_AN_ENGINE && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** The string literals of the initializer of `export const <name> … = …` in a TS/JS source. */
function exportedConstStrings(src, names) {
  const tokens = tokenize(src);
  for (const name of names) {
    const decl = new RegExp(`\\bexport\\s+(?:const|let|var)\\s+${name}\\b`, 'g');
    let m;
    while ((m = decl.exec(src))) {
      const after = m.index + m[0].length;
      // `=` of the declaration (skipping a type annotation such as `: readonly State[]`).
      const eq = src.slice(after).search(/(?<![=!<>])=(?![=>])/);
      if (eq === -1) continue;
      const from = after + eq + 1;
      // The initializer ends at the first `;`, or newline followed by a line that is not a
      // continuation, at bracket depth 0. Literals are skipped with the tokenizer's offsets.
      let depth = 0;
      let end = src.length;
      const literalAt = new Map(
        tokens.filter((t) => t.kind !== 'word' && t.whole).map((t) => [t.start - 1, t.start + t.text.length + 1]),
      );
      for (let j = from; j < src.length; j++) {
        if (literalAt.has(j)) {
          j = literalAt.get(j) - 1;
          continue;
        }
        const c = src[j];
        if ('([{'.includes(c)) depth++;
        else if (')]}'.includes(c)) depth--;
        else if (depth === 0 && c === ';') {
          end = j;
          break;
        } else if (depth === 0 && c === '\n' && j > from && !/^\s*[.?:|&+\-]/.test(src.slice(j + 1, j + 40)) && src.slice(from, j).trim()) {
          end = j;
          break;
        }
      }
      // Rows (`[{ id: 'granted', summary: '…' }, …]`): the values of their `id` (or `name`) keys.
      const init = src.slice(from, end);
      const ids = [...init.matchAll(/(?<![\w$.])['"]?(?:id|name)['"]?\s*:\s*(['"`])([^'"`\\\n]*)\1/g)].map((r) => r[2]);
      if (ids.length) return { name, strings: ids };
      // A plain list (`['granted', …]`, `z.enum([...])`): every string literal.
      const strings = tokens
        .filter((t) => (t.kind === 'string' || (t.kind === 'template' && t.whole)) && t.start >= from && t.start < end)
        .map((t) => t.text);
      if (strings.length) return { name, strings };
    }
  }
  return null;
}

function stateNames(root) {
  const json = join(root, 'scenarios', 'states.json');
  if (existsSync(json)) {
    const data = JSON.parse(readFileSync(json, 'utf8'));
    const list = Array.isArray(data) ? data : data?.states;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
      throw new Error('scenarios/states.json is not an array of strings (nor { "states": [...] })');
    }
    return { names: list, from: 'scenarios/states.json' };
  }
  const axes = join(root, 'scenarios', 'axes.ts');
  if (!existsSync(axes)) throw new Error('neither scenarios/states.json nor scenarios/axes.ts exists');
  const found = exportedConstStrings(readFileSync(axes, 'utf8'), STATES_EXPORTS);
  if (!found) {
    throw new Error(`scenarios/axes.ts has no exported const ${STATES_EXPORTS.join(' / ')} with string literals`);
  }
  return { names: found.strings, from: `scenarios/axes.ts (export ${found.name})` };
}

const lineStarts = (src) => {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
  return starts;
};
const lineOf = (starts, offset) => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
};

export function checkNames(root) {
  const engines = engineNames(root);
  if (!engines.length) throw new Error('harness/engines/ has no engine folder');
  const states = stateNames(root);
  if (!states.names.length) throw new Error(`no state names in ${states.from}`);
  const engineSet = new Set(engines);
  // Inside literals an engine name counts when it is not part of a longer word ('gecko-driver' yes, 'webkitgtk' no).
  const engineInText = engines.map((e) => ({
    name: e,
    re: new RegExp(`(?<![A-Za-z0-9_$])${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_$])`, 'g'),
  }));
  const stateSet = new Set(states.names);

  const harness = join(root, 'harness');
  const enginesDir = join(harness, 'engines') + sep;
  const files = [
    ...(existsSync(harness) ? walk(harness) : []).filter((f) => !f.startsWith(enginesDir)).map((f) => ({ f, states: true })),
    ...CONFIG_FILES.map((c) => join(root, c))
      .filter((f) => existsSync(f) && statSync(f).isFile())
      .map((f) => ({ f, states: false })),
  ].filter(({ f }) => !TEST_FILE.test(f));

  const hits = [];
  for (const { f, states: checkStates } of files) {
    const src = readFileSync(f, 'utf8');
    const starts = lineStarts(src);
    const rel = relative(root, f).split(sep).join('/');
    const seen = new Set();
    const lines = src.split('\n');
    const hit = (offset, what, name) => {
      const line = lineOf(starts, offset);
      if (/\/\/.*names-check: \S/.test(lines[line - 1] ?? '')) return;
      const key = `${line}:${what}:${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ path: rel, line, what, name, text: `${rel}:${line}: names ${what} "${name}"` });
    };
    for (const t of tokenize(src)) {
      if (t.kind === 'word') {
        if (engineSet.has(t.text)) hit(t.start, 'engine', t.text);
      } else {
        for (const { name, re } of engineInText) {
          for (const m of t.text.matchAll(re)) hit(t.start + m.index, 'engine', name);
        }
        if (checkStates && t.whole && (t.kind === 'string' || t.kind === 'template')) {
          const value = t.text.replace(/\\(.)/g, '$1');
          if (stateSet.has(value)) hit(t.start, 'state', value);
        }
      }
    }
  }
  hits.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { hits, files: files.length, engines, states };
}

function main() {
  const root = resolve(process.argv[2] ?? REPO_ROOT);
  const { hits, files, engines, states } = checkNames(root);
  for (const h of hits) console.log(h.text);
  const nEngine = hits.filter((h) => h.what === 'engine').length;
  console.log(
    `names: ${files} files, ${hits.length} hits (${nEngine} engine, ${hits.length - nEngine} state); ` +
      `engines ${engines.join(', ')} from harness/engines/; ${states.names.length} states from ${states.from}`,
  );
  return hits.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`check-names: ${error?.message ?? error}`);
    process.exitCode = 2;
  }
}
