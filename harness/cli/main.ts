// permission-harness CLI. Bad input is one line on stderr and exit 2; a failing cell is exit 1.
// Each command is imported when it runs, so `list` never loads a browser driver.
import { resolve } from 'node:path';
import { BROWSERS, MODES, OSES, STATES } from '../../scenarios/axes.ts';
import { runners } from '../runners/registry.ts';
import { EnvironmentError, UsageError } from '../util/errors.ts';
import { parseCommandLine } from './parse-args.ts';
import { projectReportsDir } from '../host/default-reports-dir.ts';
import { ROOT } from '../host/project-root.ts';

function wrap(values: readonly string[], indent: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const v of values) {
    const next = line ? `${line}, ${v}` : v;
    if (next.length > width - indent.length && line) {
      lines.push(line + ',');
      line = v;
    } else line = next;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

function help(): string {
  return `permission-harness — camera, microphone and screen-capture permission failures, cell by cell

usage:
  permission-harness run [<cell-id|glob> ...] [--suite smoke|release] [--browser b,..] [--os o,..]
                         [--state s,..] [--mode m,..] [--engine e,..] [--runner ${runners.names().filter((n) => !runners.get(n).remote).join(',')}]
                         [--target profile.json] [--matrix matrix.json] [--url URL] [--query key=value]... [--workers N]
                         [--headed] [--trace] [--video] [--slowmo ms] [--no-report] [--wait-for-report] [--known-issues file.json]
                         [--retries N] [--repeat-each N] [--variants key=v1,v2,..]
                         [--grid URL [--capabilities caps.json]] [--browser-server ws://host:port[,ws://..]]
                         [--shard i/n [--shard-timings summary.json]] [--output DIR] [--update]
  permission-harness record [same as run]   run, then write what the app shows into the profile's snapshot (cells
                         not recorded yet; --update: every cell that passed, accepting its differences)
  permission-harness list [same selection flags] [--shard i/n] [--json]
  permission-harness merge <run output folder>... [--output DIR] [--target profile.json] [--no-report]
  permission-harness explain <cell-id> [--target profile.json]
  permission-harness init <url | page.html> [--out profile.json]
  permission-harness doctor [--grid URL] [--browser-server ws://host:port[,..]]
  permission-harness local-grid          a Selenium Grid 4 on loopback for --grid (needs Java), until Ctrl-C
  permission-harness drift [--against observed.json] [--accept]
  permission-harness repro --ua "<user agent>" --error "<error text>" --mode "<mode label>" | --ticket ticket.json [--out DIR]

cell id: <browser>/<os>/<state>/<mode>, \`*\` in any position
  browser: ${BROWSERS.join(', ')}      os: ${OSES.join(', ')}
  state:   ${wrap(STATES.map((s) => s.id), '           ')}
  mode:    ${MODES.map((m) => m.id).join(', ')}
exit codes: 0 the quality gate passed (a known issue failing as expected passes), 1 the gate failed: a cell failed or
  broke that no known issue expects, a selected cell left no result, an environment was not tested, or a known issue
  expired (drift: a changed message), 2 bad input or this host cannot run what was asked`;
}

/** Bad input is one line: a message listing several issues (`…:\n  a: x\n  b: y`) reads `…: a: x; b: y`. */
export function oneLine(message: string): string {
  const [head = '', ...rest] = message.split('\n').map((l) => l.trim()).filter(Boolean);
  return rest.length ? `${head.replace(/:$/, '')}: ${rest.join('; ')}` : head;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { command, positionals, flags } = parseCommandLine(argv);
    // Another scenario matrix for this run, for every process it starts (runner workers read it too).
    if (flags.matrix) process.env.PH_MATRIX = resolve(flags.matrix);
    // All generated output somewhere else (a shard job's own folder), for every process the run starts.
    if (flags.output !== undefined) {
      if (!flags.output.trim()) throw new UsageError('--output expects a folder, got ""');
      process.env.PH_REPORTS_DIR = resolve(flags.output);
    } else if (!process.env.PH_REPORTS_DIR) {
      // Run from another project: its ./reports (README, the --output flag).
      const own = projectReportsDir(process.cwd(), ROOT);
      if (own) process.env.PH_REPORTS_DIR = own;
    }
    if (flags.help || command === 'help') {
      console.log(help());
      return 0;
    }
    switch (command) {
      case 'run':
        return await (await import('./run-command.ts')).runCommand(positionals, flags);
      case 'record':
        return await (await import('./run-command.ts')).runCommand(positionals, flags, 'record');
      case 'list':
        return (await import('./list-command.ts')).listCommand(positionals, flags);
      case 'doctor': {
        const { remoteRunnersFromFlags } = await import('./remote-flags.ts');
        const endpoints = Object.fromEntries(Object.values(remoteRunnersFromFlags(flags, runners)).map((r) => [r.runner, r.endpoints]));
        return await (await import('./doctor-command.ts')).doctorCommand(undefined, undefined, endpoints);
      }
      case 'local-grid':
        return await (await import('./local-grid-command.ts')).localGridCommand();
      case 'repro':
        return await (await import('./repro-command.ts')).reproCommand(flags);
      case 'merge':
        return await (await import('./merge-command.ts')).mergeCommand(positionals, flags);
      case 'explain':
        return (await import('./explain-command.ts')).explainCommand(positionals, flags);
      case 'init':
        return await (await import('./init-command.ts')).initCommand(positionals, flags);
      case 'drift':
        return (await import('./drift-command.ts')).driftCommand(flags);
      default:
        throw new UsageError(`unknown command "${command}": valid commands are run, record, list, merge, explain, init, doctor, repro, drift, local-grid (see --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof EnvironmentError) {
      console.error(`permission-harness: ${oneLine(e.message)}`);
      return 2;
    }
    throw e;
  }
}
