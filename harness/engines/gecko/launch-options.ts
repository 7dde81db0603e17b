import type { ExecutableSpec } from '../../host/find-executable.ts';

export const FIREFOX_EXECUTABLE: ExecutableSpec = {
  what: 'Firefox',
  env: 'PH_FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  install: 'sudo apt-get install firefox-esr (Debian/Ubuntu); Playwright 1.64.1 drives ESR 153 (1.65 does not)',
};
