// A virtual display for headed browsers (real prompts and pickers, Firefox screen share, WebKitGTK).
// Started once per process and key on a free display number and stopped at exit; an existing DISPLAY
// is used as is. A browser whose real prompt the harness answers by keyboard gets a display of its own
// (its launch as the key): xdotool types into whichever window has the focus, and another browser's
// window on the same display took it (measured: Firefox's prompt, with a headed Chromium beside it on
// one display, never got the Escape meant for it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../util/errors.ts';

const displays = new Map<string, { display: Promise<string>; child?: ChildProcess }>();

/** `userVisible`: the run is --headed, so a desktop user's own $DISPLAY is used when there is one. `key`: which display of this process. */
export function ensureDisplay(userVisible = false, key = ''): Promise<string> {
  if (process.env.PH_DISPLAY) return Promise.resolve(process.env.PH_DISPLAY);
  if (userVisible && process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  // A display whose Xvfb died (killed, crashed) is not reused: the next browser gets a new one.
  const known = displays.get(key);
  if (known?.child && (known.child.exitCode !== null || known.child.signalCode !== null)) displays.delete(key);
  let entry = displays.get(key);
  if (!entry) {
    const e: { display: Promise<string>; child?: ChildProcess } = { display: Promise.resolve('') };
    e.display = startXvfb().then(({ display, child }) => {
      e.child = child;
      return display;
    });
    e.display.catch(() => displays.delete(key));
    displays.set(key, e);
    entry = e;
  }
  return entry.display;
}

async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
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
      process.once('exit', () => p.kill());
      return { display: `:${n}`, child: p };
    }
    p.kill();
  }
  throw new EnvironmentError('could not start Xvfb on any display number');
}
