// Recorded playbooks (snapshots): a copy of the bundled app with no written rules (an empty playbook)
// and a snapshot. `record` writes what the clean app shows; the clean cells then pass and a defect
// variant fails with a diff; one step text edited in the app fails the cells that show it with a
// line naming both texts; `record --update` accepts the edit and the cells pass again.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runKey } from '../../harness/contract/cell-plan.ts';
import { runCli, type CliRun } from './run-cli.ts';
import { APP, recordedAppCopy } from './recorded-app-copy.ts';

const CELLS = ['chrome/linux/denied/audio-only', 'chrome/linux/dismissed/audio-only', 'chrome/linux/device-busy/audio-only', 'chrome/macos/denied/audio-video', 'chrome/windows/denied/screen-share'];
const VARIANT = 'chrome/macos/denied/audio-video?defect=wrong-order';
const OLD_STEP = 'Reload this page so the new permission is used.';
const NEW_STEP = 'Reload this page to use the new permission.';

const appCopy = () => recordedAppCopy('ph-record-');

const byKey = (run: CliRun) => new Map(run.results.map((r) => [runKey(r), r]));
const out = (run: CliRun) => `${run.stdout}\n${run.stderr}`;

test('record on the clean app, a defect and an edited step fail with a diff, record --update accepts the edit', () => {
  const { dir, profile } = appCopy();
  const target = ['--target', profile, '--no-report'];

  // Before any recording every error cell is held to a snapshot it lacks: list says so, run fails.
  const listed = runCli(['list', ...CELLS, '--target', profile]);
  assert.equal(listed.status, 0, out(listed));
  for (const id of CELLS) assert.match(listed.stdout, new RegExp(`^${id}\\s.*· checked against snapshot \\(not recorded yet\\)$`, 'm'));

  const recorded = runCli(['record', ...CELLS, ...target]);
  assert.equal(recorded.status, 0, out(recorded));
  assert.match(recorded.stdout, /^snapshot: 5 cell\(s\) recorded into .*playbook\.snapshot\.json$/m);
  const snapshot = JSON.parse(readFileSync(join(dir, 'playbook.snapshot.json'), 'utf8')) as { cells: Record<string, { errorText: string; steps: Array<{ text: string }> }> };
  assert.deepEqual(Object.keys(snapshot.cells), [...CELLS].sort());
  assert.ok(snapshot.cells[CELLS[0]!]!.steps.some((s) => s.text === OLD_STEP), 'the denied cell shows the reload step');

  // The clean cells pass against the recording; the defect variant (steps reordered) fails with the move.
  const checked = runCli(['run', ...CELLS, VARIANT, ...target]);
  assert.equal(checked.status, 1, out(checked));
  const results = byKey(checked);
  for (const id of CELLS) {
    assert.equal(results.get(id)?.status, 'passed', `${id}: ${results.get(id)?.failures.join('\n')}`);
    assert.equal(results.get(id)?.checkedAgainst, 'snapshot');
  }
  const variant = results.get(VARIANT)!;
  assert.equal(variant.status, 'failed');
  assert.ok(variant.failures.length && variant.failures.every((f) => f.startsWith('snapshot: ')), variant.failures.join('\n'));
  assert.match(variant.failures.join('\n'), /^snapshot: step ".*" moved from \d+ to \d+/m);
  assert.match(checked.stdout, /^checked against: 6 snapshot$/m);
  assert.match(checked.stdout, new RegExp(`^ {2}${VARIANT.replace(/[?/]/g, '\\$&')} \\[native, playwright, checked against snapshot\\]$`, 'm'));

  // One step text edited in the app: the cells that show it fail, naming the step and both texts.
  const app = readFileSync(join(dir, 'app.js'), 'utf8');
  assert.ok(app.includes(OLD_STEP));
  writeFileSync(join(dir, 'app.js'), app.replace(OLD_STEP, NEW_STEP));
  const edited = runCli(['run', ...CELLS, ...target]);
  assert.equal(edited.status, 1, out(edited));
  const denied = byKey(edited).get(CELLS[0]!)!;
  const position = snapshot.cells[CELLS[0]!]!.steps.findIndex((s) => s.text === OLD_STEP) + 1;
  assert.deepEqual(denied.failures, [`snapshot: step ${position} "${NEW_STEP}" ≠ recorded "${OLD_STEP}" (accept on purpose: permission-harness record --update)`]);
  // A cell that does not show the reload step is untouched by the edit.
  const busy = byKey(edited).get('chrome/linux/device-busy/audio-only')!;
  assert.equal(busy.status, snapshot.cells['chrome/linux/device-busy/audio-only']!.steps.some((s) => s.text === OLD_STEP) ? 'failed' : 'passed');

  // Accepted on purpose: the recording takes the new text and the cells pass again.
  const updated = runCli(['record', '--update', ...CELLS, ...target]);
  assert.equal(updated.status, 0, out(updated));
  assert.ok(JSON.parse(readFileSync(join(dir, 'playbook.snapshot.json'), 'utf8')).cells[CELLS[0]!].steps.some((s: { text: string }) => s.text === NEW_STEP));
  const passing = runCli(['run', ...CELLS, ...target]);
  assert.equal(passing.status, 0, out(passing));
  assert.ok(passing.results.every((r) => r.status === 'passed'));
});

test('record without a snapshot in the profile is one line, exit 2, and runs nothing', () => {
  const r = runCli(['record', CELLS[0]!, '--target', join(APP, 'profile.json')]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr.trim(), /^permission-harness: record needs a snapshot to record into: add "snapshot": "playbook.snapshot.json" \(relative to the profile\) to \S+profile\.json$/);
  assert.equal(r.results.length, 0);
});
