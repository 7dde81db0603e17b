// A page that rightly disables Start where capture cannot work: the profile says so
// (`startNotPossible`), the harness asserts it instead of blaming the app, and a page that leaves
// Start usable there fails with a message naming the profile field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './run-cli.ts';

const PROFILE = 'tests/e2e/fixtures/start-guard-app/profile.json';
const INSECURE = 'chrome/linux/insecure-context/audio-only';

test('start not possible by design: asserted, passed; Start left usable there: failed, naming startNotPossible', () => {
  const run = runCli(['run', INSECURE, 'chrome/linux/denied/audio-only', '--target', PROFILE, '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const insecure = run.results.find((r) => r.id === INSECURE)!;
  assert.equal(insecure.status, 'passed');
  assert.deepEqual(insecure.checks.map((c) => [c.name, c.ok]), [['start not possible', true], ['no capture call', true]]);
  assert.match(insecure.checks[0]!.detail, /#https-note is shown instead of a usable start/);
  // The other state on the same page is judged as usual: Start is clicked and the denial is shown.
  const denied = run.results.find((r) => r.id === 'chrome/linux/denied/audio-only')!;
  assert.equal(denied.status, 'passed', denied.failures.join('\n'));
  assert.equal(denied.exception?.name, 'NotAllowedError');

  const defect = runCli(['run', INSECURE, '--target', PROFILE, '--query', 'defect=start-enabled-when-insecure', '--no-report']);
  assert.equal(defect.status, 1, defect.stdout + defect.stderr);
  const [r] = defect.results;
  assert.equal(r!.status, 'failed');
  assert.match(r!.failures[0]!, /^the profile says start is not possible in insecure-context \(startNotPossible\), but start\[0\] 'click Record' could be used and the app went on: /);
});
