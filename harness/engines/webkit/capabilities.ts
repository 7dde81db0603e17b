import type { ExecutableSpec } from '../../host/find-executable.ts';

export const WEBKITDRIVER_EXECUTABLE: ExecutableSpec = {
  what: 'WebKitWebDriver',
  env: 'PH_WEBKITDRIVER_PATH',
  candidates: ['/usr/bin/WebKitWebDriver'],
  install: 'sudo apt-get install webkit2gtk-driver xvfb (Debian/Ubuntu)',
};

export const MINIBROWSER_EXECUTABLE: ExecutableSpec = {
  what: 'MiniBrowser (WebKitGTK)',
  env: 'PH_MINIBROWSER_PATH',
  candidates: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'],
  install: 'sudo apt-get install webkit2gtk-driver (Debian/Ubuntu; it pulls in libwebkit2gtk-4.1 with MiniBrowser)',
};
