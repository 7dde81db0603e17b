// permission-harness CLI. Bad input is one line on stderr and exit 2; a failing cell is exit 1.
import { EnvironmentError, UsageError } from '../util/errors.ts';
import { listCommand } from './list-command.ts';
import { parseCommandLine } from './parse-args.ts';
import { runCommand } from './run-command.ts';
import { doctorCommand } from './doctor-command.ts';
import { reproCommand } from './repro-command.ts';

const HELP = `permission-harness — camera, microphone and screen-capture permission failures, cell by cell

usage:
  permission-harness run [<cell-id|glob> ...] [--suite smoke|release] [--browser b,..] [--os o,..]
                         [--state s,..] [--mode m,..] [--engine e,..] [--runner playwright,webdriverio]
                         [--target profile.json] [--url URL] [--query key=value]... [--workers N]
                         [--headed] [--trace] [--video] [--slowmo ms] [--no-report]
  permission-harness list [same selection flags] [--json]
  permission-harness doctor
  permission-harness repro --ua "<user agent>" --error "<error text>" --mode "<mode label>" | --ticket ticket.json [--out DIR]

cell id: <browser>/<os>/<state>/<mode>, \`*\` in any position
  browser: chrome, edge, brave, firefox, safari      os: windows, macos, linux, android, ios
  state:   granted, denied, dismissed, denied-by-system, device-busy, no-device, wrong-device,
           insecure-context, policy-blocked
  mode:    audio-only, audio-show-video, audio-video, screen-share
exit codes: 0 all cells passed, 1 a cell failed, 2 bad input or this host cannot run what was asked`;

export async function main(argv: string[]): Promise<number> {
  try {
    const { command, positionals, flags } = parseCommandLine(argv);
    if (flags.help || command === 'help') {
      console.log(HELP);
      return 0;
    }
    switch (command) {
      case 'run':
        return await runCommand(positionals, flags);
      case 'list':
        return listCommand(positionals, flags);
      case 'doctor':
        return await doctorCommand();
      case 'repro':
        return await reproCommand(flags);
      default:
        throw new UsageError(`unknown command "${command}": valid commands are run, list, doctor, repro (see --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof EnvironmentError) {
      console.error(`permission-harness: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
