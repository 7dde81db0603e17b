// A virtual display for headed browsers (real prompts and pickers, Firefox screen share, WebKitGTK).
// Started once per process on a free display number and stopped at exit; an existing DISPLAY is used as is.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../util/errors.ts';

let display: Promise<string> | undefined;
let child: ChildProcess | undefined;

/** `userVisible`: the run is --headed, so a desktop user's own $DISPLAY is used when there is one. */
export function ensureDisplay(userVisible = false): Promise<string> {
  if (process.env.PH_DISPLAY) return Promise.resolve(process.env.PH_DISPLAY);
  if (userVisible && process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  // A display whose Xvfb died (killed, crashed) is not reused: the next browser gets a new one.
  if (child && (child.exitCode !== null || child.signalCode !== null)) {
    display = undefined;
    child = undefined;
  }
  display ??= startXvfb();
  return display;
}

async function startXvfb(): Promise<string> {
  if (spawnSync('sh', ['-c', 'command -v Xvfb']).status !== 0) {
    throw new EnvironmentError('Xvfb is not installed (needed for headed browsers). Install it: apt-get install xvfb');
  }
  for (let n = 90 + (process.pid % 50); n < 400; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const p = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore', detached: false });
    const ok = await new Promise<boolean>((resolve) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (existsSync(`/tmp/.X11-unix/X${n}`)) {
          clearInterval(poll);
          resolve(true);
        } else if (p.exitCode !== null || Date.now() - started > 5000) {
          clearInterval(poll);
          resolve(false);
        }
      }, 25);
    });
    if (ok) {
      // The display must not keep the process alive: it is killed when the process exits.
      p.unref();
      child = p;
      process.once('exit', () => child?.kill());
      return `:${n}`;
    }
    p.kill();
  }
  throw new EnvironmentError('could not start Xvfb on any display number');
}
