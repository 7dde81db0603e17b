// The quality gate and known issues end to end, with the bundled app's swallowed-error defect
// (chrome/linux/denied/audio-video then fails natively, chrome/macos/denied-by-system/audio-video
// emulated: fidelity is a label, not a waiver): each failing cell fails the CLI's gate and
// Allure's own `allure quality-gate` with the rule and the cell named; listed in a known-issues file
// it passes both and is reported as known (terminal, summary.json, matrix.html, Allure's resolution);
// the same entry expired fails both again; a malformed file is bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RunSummary } from '../../harness/contract/run-summary.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CELL = 'chrome/linux/denied/audio-video';
const EMULATED = 'chrome/macos/denied-by-system/audio-video';
const ARGS = ['run', CELL, EMULATED, '--query', 'defect=swallow-error'];
const TICKET = 'https://github.com/acme/recorder/issues/42';

function knownIssuesFile(expires: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ph-known-')), 'known-issues.json');
  writeFileSync(path, JSON.stringify({ issues: [{ cells: 'chrome/*/denied*/audio-video', failure: 'swallowed the error', ticket: TICKET, expires }] }));
  return path;
}

/** Allure 3's own gate over the run's results, with the project's allurerc.mjs. */
function allureGate(reportsDir: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/allure/cli.js'), 'quality-gate', join(reportsDir, 'allure-results'), '--config', join(ROOT, 'allurerc.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PH_REPORTS_DIR: reportsDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  // yoctocolors colours even when piped on some terminals: compare the text.
  return { status: r.status, output: (r.stdout + r.stderr).replace(/\u001b\[\d+m/g, '') };
}

const summaryOf = (dir: string) => RunSummary.parse(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')));

test('failing cells, native and emulated, fail the gate (CLI and Allure) naming the rule and the cells; as a known issue it passes, reported as known; expired it fails', () => {
  // 1. No known issue: the CLI's gate and Allure's fail on unexpectedFailures, naming both cells.
  const plain = runCli([...ARGS, '--no-report']);
  assert.equal(plain.status, 1, plain.stdout + plain.stderr);
  const gateLine = plain.stdout.split('\n').find((l) => l.startsWith('  ✗ unexpectedFailures: ')) ?? '';
  assert.match(plain.stdout, /^gate: failed, 1 rule\(s\):\n {2}✗ unexpectedFailures: 2 cell\(s\) failed or broken that no known issue expects: /m);
  assert.match(gateLine, new RegExp(`${CELL} \\[\\S+\\] failed \\(native\\): the app swallowed the error`));
  assert.match(gateLine, new RegExp(`${EMULATED} \\[\\S+\\] failed \\(emulated\\): the app swallowed the error`));
  const plainGate = allureGate(plain.reportsDir);
  assert.equal(plainGate.status, 1, plainGate.output);
  // Allure lists the results in its own order.
  assert.match(plainGate.output, /⨯ 2 cell\(s\) failed or broken that no known issue expects \(allowed 0\): .*unexpectedFailures/);
  assert.match(plainGate.output, new RegExp(`${CELL} \\[\\S+\\] failed \\(native\\): the app swallowed the error`));
  assert.match(plainGate.output, new RegExp(`${EMULATED} \\[\\S+\\] failed \\(emulated\\): the app swallowed the error`));
  assert.equal(summaryOf(plain.reportsDir).gate?.passed, false);

  // 2. The same failure listed as a known issue: both gates pass, the cell is reported as known.
  const known = runCli([...ARGS, '--wait-for-report', '--known-issues', knownIssuesFile('2099-12-31')]);
  assert.equal(known.status, 0, known.stdout + known.stderr);
  assert.match(known.stdout, /^0 passed, 2 failed, 0 broken, 0 skipped \(2 known\)$/m);
  assert.match(known.stdout, /^known issues \(fail as expected\):$/m);
  assert.match(known.stdout, new RegExp(`^ {2}${CELL} \\[native, \\S+\\] failed: ${TICKET} \\(until 2099-12-31\\)`, 'm'));
  assert.match(known.stdout, new RegExp(`^ {2}${EMULATED} \\[emulated, \\S+\\] failed: ${TICKET} `, 'm'));
  assert.match(known.stdout, /^gate: passed \(unexpectedFailures, minTestsCount, environmentsTested, knownIssuesCurrent, driftMessages\)$/m);
  const summary = summaryOf(known.reportsDir);
  assert.equal(summary.counts.known, 2);
  assert.deepEqual(summary.cells.map((c) => c.knownIssue?.ticket), [TICKET, TICKET]);
  assert.equal(summary.gate?.passed, true);
  assert.match(readFileSync(join(known.reportsDir, 'matrix.html'), 'utf8'), new RegExp(`data-cell="${CELL}"[^>]*data-known="${TICKET}"`));
  const knownGate = allureGate(known.reportsDir);
  assert.equal(knownGate.status, 0, knownGate.output);
  // Allure resolved the result as the issue: its own known-issues record (written by generate) names the ticket's id and the cell.
  const allureKnown = JSON.parse(readFileSync(join(known.reportsDir, 'allure-known-issues.json'), 'utf8')) as { resolutionIssues: Array<{ id: string; testResults: Record<string, { name: string }> }> };
  assert.equal(allureKnown.resolutionIssues[0]?.id, '42');
  assert.deepEqual(Object.values(allureKnown.resolutionIssues[0]!.testResults).map((t) => t.name.split(' ')[0]).sort(), [CELL, EMULATED]);

  // 3. The entry expired: both gates fail, on the expiry and on the failure it no longer covers.
  const expired = runCli([...ARGS, '--no-report', '--known-issues', knownIssuesFile('2020-01-31')]);
  assert.equal(expired.status, 1, expired.stdout + expired.stderr);
  assert.match(expired.stdout, new RegExp(`^ {2}✗ knownIssuesCurrent: 1 known issue\\(s\\) expired: ${TICKET} \\(chrome/\\*/denied\\*/audio-video\\) expired on 2020-01-31, covers ${CELL}, ${EMULATED}`, 'm'));
  assert.match(expired.stdout, /^ {2}✗ unexpectedFailures: 2 cell/m);
  const expiredGate = allureGate(expired.reportsDir);
  assert.equal(expiredGate.status, 1, expiredGate.output);
  assert.match(expiredGate.output, /⨯ 1 known issue\(s\) expired: .*2020-01-31.*knownIssuesCurrent/);
  assert.match(expiredGate.output, /unexpectedFailures/);
});

test('a malformed known-issues file is bad input: one line naming the file and the field, exit 2, nothing run', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ph-known-')), 'known-issues.json');
  writeFileSync(path, JSON.stringify({ issues: [{ cells: CELL, failure: 'x', ticket: TICKET, expires: 'soon' }] }));
  const r = runCli([...ARGS, '--known-issues', path]);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /known-issues file .*known-issues\.json: issues\.0\.expires: expected a date YYYY-MM-DD/);
  assert.equal(r.results.length, 0);
});

test('an entry whose cell now passes is flagged for removal (the gate still passes)', () => {
  const r = runCli(['run', CELL, '--no-report', '--known-issues', knownIssuesFile('2099-12-31')]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`^known issue ${TICKET} \\(chrome/\\*/denied\\*/audio-video\\) did not fail: ${CELL} passed: remove the entry \\(or narrow its cells\\)$`, 'm'));
  assert.deepEqual(summaryOf(r.reportsDir).knownIssues?.unneeded, [{ ticket: TICKET, cells: 'chrome/*/denied*/audio-video', passed: [CELL] }]);
});
