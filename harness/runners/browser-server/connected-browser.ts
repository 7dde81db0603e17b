// What a Playwright browser server's browser reports about itself: its name and version (from the
// browser, through the connection). The server does not report its machine's OS.
import type { RemoteBrowser } from '../../contract/remote-browser.ts';
import { endpointForReport } from '../../contract/remote-browser.ts';

export function connectedBrowser(browserName: string, browserVersion: string, endpoint: string): RemoteBrowser {
  return { endpoint: endpointForReport(endpoint), browserName, browserVersion, osSource: 'not-reported' };
}
