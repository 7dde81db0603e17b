// The verdict reads what the page really asked for: a page that shares the screen with its audio
// gets whichever of the two start failures Chromium names first (a race), and the same verdict every time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from './run-cli.ts';

test('device-busy screen share with the screen’s audio passes every time, whichever source fails first', () => {
  const observed: string[] = [];
  for (let i = 0; i < 5; i++) {
    const run = runCli(['run', 'chrome/linux/device-busy/screen-share', '--query', 'screenAudio=1', '--no-report']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const [r] = run.results;
    assert.equal(r!.status, 'passed', r!.failures.join('\n'));
    observed.push(r!.observed);
  }
  for (const o of observed) assert.match(o, /^NotReadableError: "Could not start (video|audio) source"$/);
});
