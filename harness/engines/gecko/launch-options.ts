// How Firefox is started: Debian's ESR through Playwright's `moz-firefox` channel (without it
// Playwright passes -juggler-pipe, which ESR refuses), with the condition's prefs plus the OS identity.
import type { ExecutableSpec } from '../../contract/executable-spec.ts';

export interface GeckoLaunch {
  prefs: Record<string, string | number | boolean>;
  /** Needs a real (virtual) screen: screen sharing, a real prompt. */
  headed?: boolean;
  /** The real prompt is shown (prefs ask): the harness closes it with Escape after start. */
  dismissPrompt?: boolean;
}

export const FIREFOX_EXECUTABLE: ExecutableSpec = {
  what: 'Firefox',
  env: 'PH_FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  install: 'sudo apt-get install firefox-esr (Debian/Ubuntu); Playwright 1.64.1 drives ESR 153 (1.65 does not)',
};
