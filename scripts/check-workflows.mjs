#!/usr/bin/env node
// Lints the GitHub Actions workflows (plain Node + @action-validator/core, no network).
//
//   node scripts/check-workflows.mjs                  # the repo
//   node scripts/check-workflows.mjs <root>           # another tree laid out like the repo (the tests)
//   node scripts/check-workflows.mjs --no-cli-check   # the schema only
//
// (a) Schema: every *.yml / *.yaml under <root>/.github/workflows/ is validated by action-validator
//     against GitHub's workflow schema (misspelled keys, a job without runs-on, a bad `on:` …).
//     Its JSON answer is turned into one line per error: `path: /jobs/x/runs-on: This property is
//     required`. Where the schema offers alternatives (a job is either a normal job or a call to a
//     reusable workflow) the errors of the closest alternative, the one with the fewest errors,
//     are printed: that is the one the author meant.
// (b) CLI: every `permission-harness <command> … --flag` a workflow calls must name a command the
//     CLI dispatches (`case '<command>':` in harness/cli/main.ts) and flags it parses (the keys of
//     OPTIONS in harness/cli/parse-args.ts), read as text, so a renamed flag breaks lint here and
//     not the first release after it. YAML comment lines are not commands.
//
// Prints one line per error, then a summary line. Exit code: 0 clean, 1 errors, 2 could not run
// (no workflow files, or the CLI's sources not found for the CLI check).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOW_FILE = /\.ya?ml$/;

/** action-validator is a CommonJS wasm build; it is resolved from the repo so fixtures need no node_modules. */
function loadValidator() {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  return require('@action-validator/core');
}

/**
 * action-validator's errors as `{ where, message }`, one per leaf. A `one_of` error carries one
 * state per alternative; only the alternative with the fewest errors is kept.
 * @param {any[]} errors
 * @returns {{ where: string, message: string }[]}
 */
export function flattenErrors(errors) {
  const out = [];
  for (const e of errors ?? []) {
    const alternatives = (e.states ?? []).filter((s) => Array.isArray(s.errors) && s.errors.length);
    if (alternatives.length) {
      const closest = alternatives.reduce((best, s) => (s.errors.length < best.errors.length ? s : best));
      out.push(...flattenErrors(closest.errors));
      continue;
    }
    const where = e.path ?? (e.location ? `line ${e.location.line}, column ${e.location.column}` : '');
    const message = e.detail && e.title && !e.path ? `${e.title}: ${e.detail}` : (e.detail ?? e.title ?? e.code ?? 'invalid');
    out.push({ where, message });
  }
  // The same leaf can be reached through two alternatives' parents; print it once.
  const seen = new Set();
  return out.filter((x) => {
    const key = `${x.where}\u0000${x.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The commands main.ts dispatches (`case 'run':`), plus help, which it handles before the switch. */
export function cliCommands(mainSource) {
  const names = new Set(['help']);
  for (const m of mainSource.matchAll(/\bcase\s+'([a-z][\w-]*)'\s*:/g)) names.add(m[1]);
  return names;
}

/** The long flags parse-args.ts declares: the keys of `export const OPTIONS = { … }`. */
export function cliFlags(parseArgsSource) {
  const start = parseArgsSource.search(/export\s+const\s+OPTIONS\s*=\s*\{/);
  if (start < 0) return new Set();
  const body = parseArgsSource.slice(start, parseArgsSource.indexOf('} as const', start));
  const names = new Set();
  for (const m of body.matchAll(/^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z][\w-]*))\s*:\s*\{/gm)) names.add(m[1] ?? m[2] ?? m[3]);
  return names;
}

/**
 * Each `permission-harness <command> …` call in a workflow's text, with its line and long flags.
 * A line ending in `\` continues on the next one; a call's words end at a shell operator.
 * @param {string} text
 */
export function harnessCalls(text) {
  const calls = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let line = lines[i];
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, ' ') + lines[++i];
    if (/^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/(?:^|[\s;&|(`"'])(?:\S*\/)?permission-harness(?:\.mjs)?[ \t]+([a-z][\w-]*)([^\n]*)/g)) {
      const words = [];
      for (const w of m[2].trim().split(/\s+/)) {
        if (/^(?:\|\|?|&&|;|>>?|2>&1|\))$/.test(w)) break;
        words.push(w);
      }
      const flags = words.filter((w) => /^--[a-z]/.test(w)).map((w) => w.slice(2).split('=')[0]);
      calls.push({ line: startLine, command: m[1], flags });
    }
  }
  return calls;
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const noCliCheck = argv.includes('--no-cli-check');
  const root = resolve(args[0] ?? REPO_ROOT);
  const dir = join(root, '.github', 'workflows');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => WORKFLOW_FILE.test(f)).sort() : [];
  if (!files.length) {
    console.error(`check-workflows: no workflow files (*.yml, *.yaml) in ${relative(process.cwd(), dir) || dir}`);
    return 2;
  }

  let commands;
  let flags;
  if (!noCliCheck) {
    const mainTs = join(root, 'harness', 'cli', 'main.ts');
    const parseArgsTs = join(root, 'harness', 'cli', 'parse-args.ts');
    if (!existsSync(mainTs) || !existsSync(parseArgsTs)) {
      console.error('check-workflows: harness/cli/main.ts or harness/cli/parse-args.ts not found (pass --no-cli-check to lint the schema only)');
      return 2;
    }
    commands = cliCommands(readFileSync(mainTs, 'utf8'));
    flags = cliFlags(readFileSync(parseArgsTs, 'utf8'));
    if (commands.size < 2 || !flags.size) {
      console.error('check-workflows: found no commands in harness/cli/main.ts or no OPTIONS in harness/cli/parse-args.ts');
      return 2;
    }
  }

  const { validateWorkflow } = loadValidator();
  const problems = [];
  let calls = 0;
  for (const f of files) {
    const path = relative(root, join(dir, f));
    const text = readFileSync(join(dir, f), 'utf8');
    for (const e of flattenErrors(validateWorkflow(text).errors)) problems.push(`${path}: ${e.where ? `${e.where}: ` : ''}${e.message}`);
    if (noCliCheck) continue;
    for (const call of harnessCalls(text)) {
      calls++;
      if (!commands.has(call.command)) {
        problems.push(`${path}:${call.line}: permission-harness ${call.command}: no such command (the CLI has ${[...commands].sort().join(', ')})`);
        continue;
      }
      for (const flag of call.flags) {
        if (!flags.has(flag)) problems.push(`${path}:${call.line}: permission-harness ${call.command} --${flag}: no such flag in harness/cli/parse-args.ts`);
      }
    }
  }

  for (const p of problems) console.log(p);
  const cliPart = noCliCheck ? 'CLI check skipped (--no-cli-check)' : `${calls} permission-harness calls checked against the CLI`;
  console.log(`workflows: ${files.length} files, ${problems.length} errors; ${cliPart}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
