// The CLI as QA and CI use it: exit codes, fidelity labels, one-line errors for bad input, the report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.ts';
import { ROOT } from '../../harness/host/project-paths.ts';
import { readCellResults } from '../../harness/report/cell-results.ts';
import { waitForBackgroundReport } from '../../harness/report/allure-report-in-background.ts';

test('a denied-by-system cell passes on Chromium and says it is emulated', () => {
  const run = runCli(['run', 'chrome/macos/denied-by-system/audio-video', '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const [r] = run.results;
  assert.equal(r!.fidelity, 'emulated');
  assert.match(r!.observed, /NotAllowedError: "Permission denied by system"/);
  assert.match(run.stdout, /fidelity: 0 native, 1 emulated/);
});

test('a dismissed cell passes natively with Chromium’s own message', () => {
  const run = runCli(['run', 'chrome/linux/dismissed/audio-only', '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.results[0]!.fidelity, 'native');
  assert.equal(run.results[0]!.observed, 'NotAllowedError: "Permission dismissed"');
});

test('Firefox denied is native with Firefox’s message; Safari no-device is native through WebdriverIO', () => {
  const run = runCli(['run', 'firefox/linux/denied/audio-video', 'safari/macos/no-device/audio-video', '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const ff = run.results.find((r) => r.cell.browser === 'firefox')!;
  const sf = run.results.find((r) => r.cell.browser === 'safari')!;
  assert.equal(ff.fidelity, 'native');
  assert.equal(ff.observed, 'NotAllowedError: "The request is not allowed by the user agent or the platform in the current context."');
  assert.equal(sf.fidelity, 'native');
  assert.equal(sf.runner, 'webdriverio');
  assert.equal(sf.observed, 'OverconstrainedError: "Invalid constraint"');
});

test('the same Chromium cell runs through both runners with the same verdict', async () => {
  const run = runCli(['run', 'chrome/macos/denied/audio-only', '--runner', 'playwright,webdriverio']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(run.results.map((r) => r.runner).sort(), ['playwright', 'webdriverio']);
  assert.ok(run.results.every((r) => r.observed === 'NotAllowedError: "Permission denied"'));
  // One merged single-file report, the two runners as separate environments. A run of a few cells
  // writes it after exiting (it says so), and the next run in that folder waits for it.
  assert.match(run.stdout, /report: file:\/\/.*allure-report\/index\.html \(being written after this exits/);
  await waitForBackgroundReport({ marker: join(run.reportsDir, '.allure-report-pending'), log: '' });
  const report = join(run.reportsDir, 'allure-report', 'index.html');
  assert.ok(existsSync(report), `report written: ${readFileSync(join(run.reportsDir, 'allure-generate.log'), 'utf8')}`);
  const results = readdirSync(join(run.reportsDir, 'allure-results')).filter((f) => f.endsWith('-result.json'));
  const envs = results.map((f) => JSON.parse(readFileSync(join(run.reportsDir, 'allure-results', f), 'utf8')).labels.find((l: { name: string }) => l.name === 'env')?.value);
  assert.deepEqual(envs.sort(), ['chromium-playwright', 'chromium-webdriverio']);
});

test('--wait-for-report: the report is there when the run exits', () => {
  const run = runCli(['run', 'chrome/linux/denied/audio-only', '--wait-for-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /report: file:\/\/.*allure-report\/index\.html\n/);
  assert.ok(existsSync(join(run.reportsDir, 'allure-report', 'index.html')));
  assert.ok(!existsSync(join(run.reportsDir, '.allure-report-pending')));
});

test("run from another project's folder: everything is written to that project's ./reports", () => {
  const project = mkdtempSync(join(tmpdir(), 'ph-project-'));
  writeFileSync(join(project, 'package.json'), '{"name": "their-app"}');
  const { PH_REPORTS_DIR: _unset, ...env } = process.env;
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'run', 'chrome/linux/denied/audio-only', '--no-report'], { cwd: project, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`summary: ${join(project, 'reports', 'summary.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.equal(readCellResults(join(project, 'reports', 'cell-results')).length, 1);
});

test('bad input is one line and exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['run', 'opera/macos/denied/audio-only'], /^permission-harness: unknown browser "opera" in "opera\/macos\/denied\/audio-only": valid browser values are chrome, edge, brave, firefox, safari\n$/],
    [['run', 'chrome/macos/denied'], /^permission-harness: malformed cell id "chrome\/macos\/denied": expected <browser>\/<os>\/<state>\/<mode>/],
    [['run', '--state', 'blocked'], /valid state values are granted, denied, dismissed/],
    [['run', 'safari/windows/denied/audio-only'], /not a valid combination \(safari-only-apple\): Safari ships only on macOS and iOS/],
    [['list', '--suite', 'nightly'], /unknown suite "nightly": valid suites are smoke, recovery, release/],
    [['run', '--bogus'], /^permission-harness: Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['run', 'chrome/linux/denied/audio-only', '--target', 'tests/e2e/fixtures/broken-profile.json'], /invalid target profile .*broken-profile\.json: start: Too small/],
    [['run', 'chrome/linux/denied/audio-only', '--target', 'tests/e2e/fixtures/unreachable-profile.json'], /target app http:\/\/127\.0\.0\.1:9\/ is unreachable/],
  ];
  for (const [args, message] of cases) {
    const run = runCli(args);
    assert.equal(run.status, 2, `${args.join(' ')} → ${run.status}\n${run.stdout}${run.stderr}`);
    assert.match(run.stderr.replace(/^npm warn.*\n/gm, ''), message, args.join(' '));
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('a browser the host lacks is a clear error naming how to install it', () => {
  const run = runCli(['run', '--browser', 'firefox', '--state', 'denied', '--mode', 'audio-only'], { PH_FIREFOX_PATH: '/nonexistent/firefox' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Firefox .*does not exist\. Install it|Firefox not found; install: sudo apt-get install firefox-esr/);
});

test('in a suite, cells this host cannot run are skipped with the reason, never passed', () => {
  const run = runCli(['run', '--suite', 'smoke', '--no-report'], { PH_FIREFOX_PATH: '/nonexistent/firefox' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const gecko = run.results.filter((r) => r.cell.engine === 'gecko');
  assert.ok(gecko.length >= 3);
  assert.ok(gecko.every((r) => r.status === 'skipped' && /gecko via playwright cannot run on this host/.test(r.skipReason ?? '')));
  assert.match(run.stdout, new RegExp(`^${run.results.length - gecko.length} passed, 0 failed, 0 broken, ${gecko.length} skipped$`, 'm'));
  const listed = runCli(['list', '--suite', 'smoke'], { PH_FIREFOX_PATH: '/nonexistent/firefox' });
  assert.match(listed.stdout, /^firefox\/linux\/denied\/audio-video\s+unavailable\s+gecko\/playwright\s+gecko via playwright cannot run on this host: Firefox .*install/m);
});

test('list shows every release cell with its fidelity', () => {
  const run = runCli(['list', '--suite', 'release']);
  assert.equal(run.status, 0);
  const lines = run.stdout.trim().split('\n');
  // 669 permission-state cells + 16 unsupported-browser cells (9 phone screen shares, 7 more Safari 13 cells)
  // + 472 recovery cells (<from>..<to>, scenarios/matrix.json sequences; 125 of them the articles'
  // distinctions: dismissed..dismissed, denied..denied, dismissed..denied; 88 mid-session changes:
  // granted..denied, granted..no-device).
  assert.equal(lines.length, 1157);
  assert.equal(lines.filter((l) => /^[a-z]+\/[a-z]+\/[a-z-]+\.\.[a-z-]+\//.test(l)).length, 472);
  assert.equal(lines.filter((l) => /^[a-z]+\/[a-z]+\/granted\.\.(denied|no-device)\//.test(l)).length, 88);
  // Revoked while recording: Chromium's own CDP block ends the tracks; Firefox has no run-time route here.
  assert.match(run.stdout, /^chrome\/linux\/granted\.\.denied\/audio-video\s+native\s+chromium\/playwright\s+.*then revoke-while-recording: native — cdp Browser\.setPermission denied/m);
  assert.match(run.stdout, /^firefox\/linux\/granted\.\.denied\/audio-only\s+emulated\s+gecko\/playwright\s+.*then revoke-while-recording: emulated — the page's live tracks stopped/m);
  assert.match(run.stdout, /^chrome\/linux\/dismissed\.\.denied\/audio-only\s+native\s+chromium\/playwright\s+headed Chromium under Xvfb, no permission override: the real prompt/m);
  assert.ok(lines.every((l) => /^[a-z]+\/[a-z]+\/[a-z-]+(\.\.[a-z-]+)?\/[a-z-]+\s+(native|emulated|unavailable)\s/.test(l)));
  assert.match(run.stdout, /^chrome\/macos\/denied\.\.granted\/audio-video\s+native\s+chromium\/playwright\s+cdp Browser\.setPermission denied .*then allow-and-reload: native/m);
  assert.match(run.stdout, /^chrome\/macos\/denied-by-system\/audio-video\s+emulated\s/m);
  assert.match(run.stdout, /^chrome\/linux\/dismissed\/audio-only\s+native\s/m);
  assert.match(run.stdout, /^chrome\/android\/unsupported-browser\/screen-share\s+emulated\s+chromium\/playwright\s+getDisplayMedia removed from the page/m);
  assert.match(run.stdout, /^safari\/macos\/unsupported-browser\/audio-only\s+emulated\s+webkit\/webdriverio\s+user-agent override only: Safari 13\.1\.2/m);
});

test('a selector that never appears fails the cell naming the profile step, with the screenshot', () => {
  const run = runCli(['run', 'chrome/linux/denied/audio-only', '--target', 'tests/e2e/fixtures/wrong-selector-profile.json']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const [r] = run.results;
  assert.equal(r!.status, 'failed');
  assert.match(r!.failures[0]!, /^profile step start\[0\] 'click Start recording' failed: #start-recording-button-that-was-renamed: no element in the page matches it \(/);
  assert.ok(existsSync(join(run.reportsDir, 'cell-results', 'playwright', 'chrome__linux__denied__audio-only.jpg')), 'screenshot kept');
});
