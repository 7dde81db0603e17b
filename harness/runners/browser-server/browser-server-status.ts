// What `doctor` says about the browser-server runner: whether each `--browser-server` endpoint
// accepts a connection, and the version rule (client and server Playwright must match).
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endpointForReport } from '../../contract/remote-browser.ts';

function clientVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve('playwright-core/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function answers(url: URL): Promise<string> {
  return new Promise((resolve) => {
    const port = Number(url.port) || (url.protocol === 'wss:' ? 443 : 80);
    const socket = net.connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port, timeout: 5000 });
    socket.once('connect', () => (socket.destroy(), resolve('accepts connections')));
    socket.once('timeout', () => (socket.destroy(), resolve('did not answer within 5 s')));
    socket.once('error', (e) => resolve(`refused (${e.message})`));
  });
}

export async function browserServerDoctorNotes(endpoints: string[] | undefined): Promise<string[]> {
  const rule = `the server must run the same Playwright as this client (playwright-core ${clientVersion()}): npx playwright@${clientVersion()} run-server --port N --host H --unsafe (--unsafe lets each connection choose its executable, arguments and prefs); headed cells use the server's own $DISPLAY`;
  if (!endpoints?.length) return ['--browser-server <ws-url>[,<ws-url>…] sends the Playwright cells to those browser servers (not given)', rule];
  const lines = await Promise.all(endpoints.map(async (e) => `--browser-server ${endpointForReport(e)}: ${await answers(new URL(e))}`));
  return [...lines, rule];
}
