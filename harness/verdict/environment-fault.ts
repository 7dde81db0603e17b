// A cell can end because the ground gave way under it: the browser was killed or crashed, its page
// crashed, the WebDriver session or the X display went away, the app's server stopped answering. That
// is neither an app defect nor a state the harness failed to reach: it is an **environment** failure,
// reported as broken with `brokenBy: environment`, counted apart, and the runner's browsers and the
// stage are replaced before the next cell. The patterns are the words each layer uses for it
// (Playwright, WebdriverIO/WebDriver, Chromium/Firefox/WebKit network errors, Node sockets).
const FAULTS: Array<[RegExp, string]> = [
  [/Target crashed|Page crashed|page has crashed|tab crashed/i, 'the page crashed'],
  [/Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Browser closed|has been closed|Connection closed/i, 'the browser went away (killed or crashed)'],
  [/invalid session id|session deleted|no such session|session not created|A session is either terminated|WebDriver session|chrome not reachable|Failed to connect to the (?:browser|driver)|disconnected: not connected to DevTools/i, 'the WebDriver session was lost'],
  [/cannot open display|Can't open display|Xvfb|X display/i, 'the X display went away'],
  // The browser's own words for a server that does not answer a navigation.
  [/ERR_CONNECTION_REFUSED|NS_ERROR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE|Could not connect to/i, 'the app server did not answer'],
  // Node's words: the socket to the browser or its driver (CDP, WebDriver) is gone.
  [/ECONNREFUSED|ECONNRESET|socket hang up|EPIPE|UND_ERR_SOCKET|fetch failed/i, 'the browser or its driver stopped answering'],
];

/** The environment fault an error message describes, as a short cause, or undefined. */
export function environmentFault(message: string): string | undefined {
  return FAULTS.find(([re]) => re.test(message))?.[1];
}
