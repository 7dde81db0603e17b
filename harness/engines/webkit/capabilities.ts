// How WebKitGTK is started: the harness starts MiniBrowser under Xvfb with its own inspector address,
// the permission relay sits on that address, and WebKitWebDriver connects through the relay (its
// --target option) instead of launching the browser itself. Classic WebDriver only (BiDi
// capabilities make session creation fail); everything goes through the harness proxy, which also
// injects the probe (no init scripts in classic WebDriver).
import type { ExecutableSpec } from '../../contract/executable-spec.ts';

export interface WebKitLaunch {
  args: string[];
  /** A user agent other than the cell's browser/OS identity (an older Safari's), passed as --user-agent. */
  userAgent?: string;
  /** The automation session's getUserMedia permission (Automation.setSessionPermissions); default allow. */
  getUserMedia?: 'allow' | 'deny';
}

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

/** With --target, WebKitWebDriver only matches the running browser's name: no binary, no arguments. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
  };
}

/** What WebKitWebDriver would pass (--automation) plus the cell's knobs. */
export function minibrowserArgs(args: { launchArgs: string[]; userAgent: string; proxyOrigin: string }): string[] {
  return ['--automation', ...args.launchArgs, `--user-agent=${args.userAgent}`, `--proxy=${args.proxyOrigin}`];
}
