// The container path end to end, with real parts: the smoke suite with `--browsers-from containers`
// builds (or reuses) the browser-nodes image, starts a Selenium Grid 4 hub + WebKitGTK node and a
// Playwright browser server in containers through testcontainers, and its cells pass through them.
// The results carry what the containers' browsers reported (not the requested names), every served
// cell has its container's log attached in Allure, and no container outlives the run. Without a
// Docker engine the test is skipped with the reason, unless PH_REQUIRE_DOCKER is set (CI sets it:
// `.ci/run` starts dockerd, so a missing engine there is a failure, not a skip).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RunSummary } from '../../harness/contract/run-summary.ts';
import { dockerUnavailableReason } from '../../harness/host/containers/index.ts';
import { runCliAsync } from './run-cli.ts';

test('the smoke suite through a Grid 4 and a Playwright browser server in containers', async (t) => {
  const why = await dockerUnavailableReason();
  if (why && !process.env.PH_REQUIRE_DOCKER) return t.skip(why);
  assert.equal(why, undefined, `PH_REQUIRE_DOCKER is set but ${why}`);

  const run = await runCliAsync(['run', '--suite', 'smoke', '--browsers-from', 'containers']);
  assert.equal(run.status, 0, run.stdout.slice(-3000) + run.stderr);
  assert.match(run.stdout, /^containers: grid: http:\/\/127\.0\.0\.1:\d+ ready in /m);
  assert.match(run.stdout, /^containers: browser server: ph-browser-server-\d+ listening in /m);

  const summary = RunSummary.parse(JSON.parse(readFileSync(join(run.reportsDir, 'summary.json'), 'utf8')));
  const ran = summary.cells.filter((c) => c.verdict !== 'skipped');
  const viaGrid = ran.filter((c) => c.runner === 'grid');
  const viaServer = ran.filter((c) => c.runner === 'browser-server');
  assert.ok(viaGrid.length > 0 && viaServer.length > 0, 'cells ran through both container paths');
  assert.equal(viaGrid.length + viaServer.length, ran.length, 'no smoke cell ran on a local browser');
  // What the node said it started, not what was asked for: the Grid node's MiniBrowser, the server's Chromium and Firefox.
  for (const c of viaGrid) {
    assert.equal(c.remote?.browserName, 'MiniBrowser', c.id);
    assert.match(c.remote?.browserVersion ?? '', /^\d+\.\d+\.\d+/, c.id);
    assert.equal(c.remote?.platformName, 'linux', c.id);
    assert.equal(c.remote?.osSource, c.cell.os === 'linux' ? 'real' : 'emulated-by-identity', c.id);
  }
  assert.deepEqual([...new Set(viaServer.map((c) => c.remote?.browserName))].sort(), ['chromium', 'firefox']);
  for (const c of viaServer) assert.match(c.remote?.browserVersion ?? '', /^\d+\.\d+/, c.id);
  // Conditions that cannot travel through an endpoint are planned unavailable with the reason, not run as if.
  for (const c of summary.cells.filter((c) => c.verdict === 'skipped')) assert.match(c.skipReason ?? '', /cannot set up this condition/, c.id);

  const results = readdirSync(join(run.reportsDir, 'allure-results')).filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(run.reportsDir, 'allure-results', f), 'utf8')) as { status: string; attachments?: Array<{ name: string }> });
  const served = results.filter((r) => r.status !== 'skipped');
  assert.ok(served.every((r) => r.attachments?.some((a) => a.name.startsWith('container log: '))), 'a served cell lacks its container log');

  const left = execFileSync('docker', ['ps', '-aq', '--filter', 'label=permission-harness.run'], { encoding: 'utf8' }).trim();
  assert.equal(left, '', `containers left after the run: ${left}`);
});
