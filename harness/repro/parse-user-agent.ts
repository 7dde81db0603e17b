// A customer's user-agent string → the matrix's browser and os, through ua-parser-js (a maintained
// parser, not hand-written regexes). What does not map is said, not guessed.
import { UAParser } from 'ua-parser-js';
import type { Browser, Os } from '../../scenarios/axes.ts';

export interface ParsedUserAgent {
  browser?: Browser;
  os?: Os;
  /** As the parser names them, for the explanation. */
  browserName: string;
  browserVersion: string;
  majorVersion?: number;
  osName: string;
  osVersion: string;
  /** A browser version the articles rule out (Safari 13 or lower, including on iOS devices). */
  unsupportedVersion: boolean;
  notes: string[];
}

const BROWSERS: Array<[RegExp, Browser]> = [
  [/^edge$/i, 'edge'],
  [/^brave$/i, 'brave'],
  [/firefox/i, 'firefox'],
  [/safari/i, 'safari'],
  [/chrom(e|ium)/i, 'chrome'],
];

const OSES: Array<[RegExp, Os]> = [
  [/^windows$/i, 'windows'],
  [/^(mac ?os|macos|os x)$/i, 'macos'],
  [/^ios$/i, 'ios'],
  [/^android$/i, 'android'],
  [/^(linux|ubuntu|debian|fedora|arch|mint|gentoo|red hat|suse|chrom(e|ium) ?os)$/i, 'linux'],
];

export function parseUserAgent(ua: string): ParsedUserAgent {
  const r = UAParser(ua);
  const browserName = r.browser.name ?? '';
  const osName = r.os.name ?? '';
  const notes: string[] = [];
  let browser = BROWSERS.find(([re]) => re.test(browserName))?.[1];
  const os = OSES.find(([re]) => re.test(osName))?.[1];
  const major = r.browser.major ? Number(r.browser.major) : undefined;

  if (!browserName) notes.push('the user agent names no browser the parser knows');
  else if (!browser) notes.push(`browser "${browserName}" is not one of the supported browsers (Chrome, Edge, Brave, Firefox, Safari)`);
  if (!osName) notes.push('the user agent names no operating system');
  else if (!os) notes.push(`operating system "${osName}" is not one the harness emulates (windows, macos, linux, android, ios)`);
  if (browser === 'chrome') notes.push('Brave sends the same user agent as Chrome: if the customer uses Brave, name the cell brave/... instead');
  if (os === 'ios' && browser !== 'safari') notes.push(`on iOS every browser is Safari's WebKit with another UI: ${browserName} runs on Safari's engine`);
  const unsupportedVersion = browser === 'safari' && major !== undefined && major < 14;
  if (unsupportedVersion) {
    notes.push(`Safari ${major} is unsupported per the articles ("Please do not use Safari v13 or lower"); the cell runs today's WebKit wearing an old Safari's user agent, so tell the customer to update Safari first`);
  }
  return { browser, os, browserName, browserVersion: r.browser.version ?? '', majorVersion: major, osName, osVersion: r.os.version ?? '', unsupportedVersion, notes };
}
