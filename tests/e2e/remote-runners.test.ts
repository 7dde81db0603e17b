// The remote runners against real endpoints on this machine's loopback: a Selenium Grid 4 standalone
// from the jar (a chromedriver node and a relay to WebKitWebDriver, as `permission-harness local-grid`
// starts it) and Playwright's own `run-server --unsafe`. Smoke cells go through `--grid` and
// `--browser-server` with the CLI; their reports carry the browser version the endpoint reported,
// and their verdicts and observations equal a local run of the same cells.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { startEnginesGrid } from '../../harness/cli/local-grid-command.ts';
import { RunSummary } from '../../harness/contract/run-summary.ts';
import { freePort } from '../../harness/host/free-port.ts';
import { runCliAsync, type CliRun } from './run-cli.ts';

const GRID_CELLS = ['chrome/macos/denied/audio-only', 'chrome/linux/dismissed/audio-only', 'safari/ios/granted/audio-video', 'safari/macos/no-device/audio-video', 'safari/macos/denied/audio-only'];
const SERVER_CELLS = ['chrome/macos/denied/audio-only', 'chrome/linux/dismissed/audio-only', 'firefox/linux/denied/audio-video'];

const summaryOf = (run: CliRun) => RunSummary.parse(JSON.parse(readFileSync(join(run.reportsDir, 'summary.json'), 'utf8')));
const verdicts = (run: CliRun) => Object.fromEntries(summaryOf(run).cells.map((c) => [c.id, `${c.verdict} ${c.observed}`]));

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function startRunServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  // run-server's own shutdown is its stdin closing; once it has launched browsers it can linger
  // (measured here, also after SIGTERM), so it is killed if still there 5 s later.
  const child = spawn(join('node_modules', '.bin', 'playwright'), ['run-server', '--port', String(port), '--host', '127.0.0.1', '--unsafe'], { stdio: ['pipe', 'ignore', 'ignore'] });
  for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url: `ws://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

test('smoke cells through a real Grid 4 and a Playwright browser server: node-reported versions, local verdicts', { timeout: 240_000 }, async (t) => {
  const starting = { grid: startEnginesGrid(), server: startRunServer() };
  t.after(async () => {
    await Promise.all([starting.server.then((s) => s.stop()), starting.grid.then((g) => g.stop())]);
  });
  const [grid, server, local] = await Promise.all([starting.grid, starting.server, runCliAsync(['run', ...new Set([...GRID_CELLS, ...SERVER_CELLS]), '--no-report'])]);
  const localVerdicts = verdicts(local);

  const viaGrid = await runCliAsync(['run', ...GRID_CELLS, '--runner', 'webdriverio', '--grid', grid.url, '--no-report']);
  assert.equal(viaGrid.status, 0, viaGrid.stdout + viaGrid.stderr + grid.log().slice(-2000));
  const gridSummary = summaryOf(viaGrid);
  const ran = gridSummary.cells.filter((c) => c.verdict !== 'skipped');
  assert.deepEqual(gridSummary.cells.map((c) => c.runner), GRID_CELLS.map(() => 'grid'));
  for (const c of ran) assert.equal(`${c.verdict} ${c.observed}`, localVerdicts[c.id], c.id);
  // WebKit's refusal cannot travel through a WebDriver endpoint: planned unavailable, never run as if.
  const refusal = gridSummary.cells.find((c) => c.id === 'safari/macos/denied/audio-only')!;
  assert.equal(refusal.verdict, 'skipped');
  assert.match(refusal.skipReason ?? '', /via grid cannot set up this condition: WebKit refuses capture only through Automation\.setSessionPermissions/);
  // The version the node reported: what the binaries on this machine (the node's) say they are.
  const chromiumVersion = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout;
  const webkitVersion = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).stdout;
  for (const c of ran) {
    assert.ok(c.remote, `${c.id} carries what the node reported`);
    assert.equal(c.remote.platformName, 'linux');
    assert.equal(c.remote.osSource, c.cell.os === 'linux' ? 'real' : 'emulated-by-identity', c.id);
    assert.ok((c.remote.browserName === 'chrome' ? chromiumVersion : webkitVersion).includes(c.remote.browserVersion), `${c.id}: ${c.remote.browserVersion}`);
  }
  assert.match(viaGrid.stdout, /node: chrome \d+\.\d+\.\d+\.\d+ on linux at http:\/\/127\.0\.0\.1:\d+\/; os: emulated by identity \(node: linux\)/);
  assert.match(viaGrid.stdout, /node: MiniBrowser \d+\.\d+\.\d+ on linux at/);
  // Allure: the OS source as a label, the node's answer as parameters.
  const allure = join(viaGrid.reportsDir, 'allure-results');
  const labelled = readdirSync(allure).filter((f) => f.endsWith('-result.json')).map((f) => JSON.parse(readFileSync(join(allure, f), 'utf8')) as { labels: Array<{ name: string; value: string }>; parameters: Array<{ name: string; value: string }> });
  assert.ok(labelled.some((r) => r.labels.some((l) => l.name === 'os source' && l.value === 'emulated-by-identity') && r.parameters.some((p) => p.name === 'node browser' && /^chrome \d/.test(p.value))));

  const viaServer = await runCliAsync(['run', ...SERVER_CELLS, '--browser-server', server.url, '--no-report']);
  assert.equal(viaServer.status, 0, viaServer.stdout + viaServer.stderr);
  const serverSummary = summaryOf(viaServer);
  for (const c of serverSummary.cells) {
    assert.equal(c.runner, 'browser-server');
    assert.equal(`${c.verdict} ${c.observed}`, localVerdicts[c.id], c.id);
    assert.equal(c.remote?.osSource, 'not-reported');
    assert.match(c.browserVersion, new RegExp(`^(Chromium|Firefox) ${c.remote!.browserVersion.replaceAll('.', '\\.')}$`));
  }
  const localSummary = summaryOf(local);
  for (const c of serverSummary.cells) assert.equal(c.browserVersion, localSummary.cells.find((l) => l.id === c.id)!.browserVersion, 'the server on this machine runs the same browsers');
});
