// Any app can be the target: the second bundled app (other DOM, toast, free-text steps without ids)
// runs the same cells with only its own profile and playbook, and its defects fail too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './run-cli.ts';

const MEETING = 'fixtures/meeting-app/profile.json';

test('the smoke suite passes against the meeting app through its profile alone', () => {
  // Two workers: this run goes through Playwright Test's workers (smaller runs stay in the CLI process).
  const run = runCli(['run', '--suite', 'smoke', '--target', MEETING, '--no-report', '--workers', '2']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.ok(run.results.length >= 18);
  assert.ok(run.results.every((r) => r.status === 'passed'));
  // Steps were recognised from free text (no ids in that app).
  const denied = run.results.find((r) => r.id === 'chrome/macos/denied/audio-only')!;
  assert.equal(denied.steps[0]!.id, 'browser-permissions');
  assert.match(denied.errorText, /Could not access your devices \(NotAllowedError\)/);
});
