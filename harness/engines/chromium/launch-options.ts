// How Chromium is started for a condition: the switches every run needs here plus the condition's own.
import { INSECURE_HOSTNAME } from '../../contract/condition.ts';
import type { ExecutableSpec } from '../../contract/executable-spec.ts';

/** The launch knobs a Chromium condition may set (Condition.launch). */
export interface ChromiumLaunch {
  args: string[];
  /** Needs a real window (Xvfb): real prompts and pickers. */
  headed?: boolean;
  /** After start, close the real permission prompt or screen picker with Escape (the press recorded in the probe log). */
  dismissPrompt?: boolean;
}

export const CHROMIUM_BASE_ARGS = [
  // root cannot use the sandbox; the rest keeps Chromium off the (closed) network.
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Headless here renders in software: without these each action's frame waits cost about 20% more.
  '--disable-gpu',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // insecure-context cells reach the loopback server under a name that is not a secure context.
  `--host-resolver-rules=MAP ${INSECURE_HOSTNAME} 127.0.0.1`,
];

export const CHROMIUM_EXECUTABLE: ExecutableSpec = {
  what: 'Chromium',
  env: 'PH_CHROMIUM_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  install: 'sudo apt-get install chromium (Debian/Ubuntu); where the network allows Playwright downloads: npx playwright install chromium, then set PH_CHROMIUM_PATH',
};

export const CHROMEDRIVER_EXECUTABLE: ExecutableSpec = {
  what: 'chromedriver',
  env: 'PH_CHROMEDRIVER_PATH',
  candidates: ['/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'],
  install: 'sudo apt-get install chromium-driver (Debian/Ubuntu)',
};

export function chromiumArgs(l: ChromiumLaunch): string[] {
  return [...CHROMIUM_BASE_ARGS, ...l.args];
}
