// WebKit cells against an https:// app: the bundled app served over TLS (a self-signed certificate,
// as a staging app may have), reached through the intercepting proxy, with the probe injected there,
// and the report saying the pages came through it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { test } from 'node:test';
import * as mockttp from 'mockttp';
import { ROOT } from '../../harness/host/project-paths.ts';
import { readAllureResults } from '../../harness/report/allure-result-files.ts';
import { runCliAsync } from './run-cli.ts';

const APP = join(ROOT, 'fixtures/recording-app');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

test('the WebKit smoke cells pass against the bundled app served over https', async (t) => {
  const { cert, key } = await mockttp.generateCACertificate({ subject: { commonName: 'localhost' } });
  const server = https.createServer({ cert, key }, (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'https://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(APP, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  t.after(() => server.close());
  const url = `https://localhost:${(server.address() as AddressInfo).port}/index.html`;

  const run = await runCliAsync(['run', '--suite', 'smoke', '--engine', 'webkit', '--url', url, '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.results.length, 5, run.stdout);
  assert.ok(run.results.every((r) => r.status === 'passed'), run.stdout);
  // The probe was there (it is injected by the proxy): the exceptions the page got were observed.
  assert.equal(run.results.find((r) => r.id === 'safari/macos/denied/audio-only')?.exception?.name, 'NotAllowedError');
  const served = readAllureResults(join(run.reportsDir, 'allure-results')).map((f) => (f.result as { parameters?: Array<{ name: string; value?: string }> }).parameters?.find((p) => p.name === 'served through')?.value);
  assert.ok(served.length && served.every((v) => /intercepting proxy \(mockttp/.test(v ?? '')), JSON.stringify(served));
});
