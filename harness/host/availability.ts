// Which engine+runner pairs this host can drive, and how to install what is missing.
import type { Engine } from '../../scenarios/axes.ts';
import { CHROMEDRIVER_EXECUTABLE, CHROMIUM_EXECUTABLE } from '../engines/chromium/launch-options.ts';
import { FIREFOX_EXECUTABLE } from '../engines/gecko/launch-options.ts';
import { MINIBROWSER_EXECUTABLE, WEBKITDRIVER_EXECUTABLE } from '../engines/webkit/capabilities.ts';
import type { RunnerName } from '../engines/engine.ts';
import { findExecutable, type ExecutableSpec } from './find-executable.ts';

export interface Availability {
  engine: Engine;
  runner: RunnerName;
  ok: boolean;
  /** False for pairs that cannot work on this kind of host at all (not an install away). */
  supported: boolean;
  /** Binaries found, or the install advice for the first missing one. */
  detail: string;
  needs: ExecutableSpec[];
}

const NEEDS: Record<`${Engine}/${RunnerName}`, ExecutableSpec[]> = {
  'chromium/playwright': [CHROMIUM_EXECUTABLE],
  'chromium/webdriverio': [CHROMIUM_EXECUTABLE, CHROMEDRIVER_EXECUTABLE],
  'gecko/playwright': [FIREFOX_EXECUTABLE],
  'gecko/webdriverio': [],
  'webkit/playwright': [],
  'webkit/webdriverio': [WEBKITDRIVER_EXECUTABLE, MINIBROWSER_EXECUTABLE],
};

const NOT_SUPPORTED: Partial<Record<`${Engine}/${RunnerName}`, string>> = {
  'gecko/webdriverio': 'WebdriverIO needs geckodriver, which no Debian package ships and whose download is blocked here',
  'webkit/playwright': "Playwright's WebKit build cannot be downloaded here and Debian's MiniBrowser lacks --inspector-pipe",
};

const cache = new Map<string, Availability>();

export function availability(engine: Engine, runner: RunnerName): Availability {
  const key = `${engine}/${runner}` as const;
  const hit = cache.get(key);
  if (hit) return hit;
  let a: Availability;
  const unsupported = NOT_SUPPORTED[key];
  if (unsupported) a = { engine, runner, ok: false, supported: false, detail: unsupported, needs: [] };
  else {
    const needs = NEEDS[key];
    const missing = needs.find((n) => !findExecutable(n));
    a = missing
      ? { engine, runner, ok: false, supported: true, detail: `${missing.what} not found; install: ${missing.install}`, needs }
      : { engine, runner, ok: true, supported: true, detail: needs.map((n) => findExecutable(n)).join(', '), needs };
  }
  cache.set(key, a);
  return a;
}
