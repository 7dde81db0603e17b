// Cells of opposite states back to back in one warm Chromium page (each on an origin of its own):
// nothing leaks from one cell to the next — not a permission (granted after denied, denied after
// granted), not a stale device selection kept in localStorage, not a live track or a dismissed
// prompt, not the embargo Chromium puts on an origin after three dismissals.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadTarget } from '../../harness/app-profile/load-profile.ts';
import { drivePlan } from '../../harness/drive/drive-plan.ts';
import { silentReporter } from '../../harness/drive/fake-session.ts';
import { defaultTargetPath } from '../../harness/host/project-paths.ts';
import { loadMatrix } from '../../harness/matrix/load-matrix.ts';
import { selectCells } from '../../harness/matrix/select.ts';
import { planCells } from '../../harness/plan/plan-cells.ts';

const SEQUENCE = [
  'chrome/linux/granted/audio-only',
  'chrome/linux/denied/audio-only',
  'chrome/linux/granted/audio-only',
  'chrome/linux/wrong-device/audio-only',
  'chrome/linux/granted/audio-only',
  'chrome/linux/dismissed/audio-only',
  'chrome/linux/dismissed/audio-only',
  'chrome/linux/dismissed/audio-only',
  'chrome/linux/dismissed/audio-only',
  'chrome/linux/granted/audio-only',
  'chrome/linux/denied/audio-only',
];

test('opposite states back to back in one warm page leak nothing', async () => {
  const targetProfile = defaultTargetPath();
  const target = loadTarget(targetProfile);
  const cells = selectCells(loadMatrix(), { ids: [...new Set(SEQUENCE)] });
  const plans = planCells(
    SEQUENCE.map((id) => cells.find((c) => c.id === id)!),
    target,
    { runners: ['playwright'] },
  );
  const dir = mkdtempSync(join(tmpdir(), 'ph-isolation-'));
  const outcomes = await drivePlan(
    { targetProfile, query: {}, options: { headed: false, underCli: false, cellResultsDir: dir, allureResultsDir: dir }, plans },
    { start: () => silentReporter, finish: () => {} },
    { target },
  );
  const results = outcomes.map((o) => (o.kind === 'ran' ? o.result : assert.fail(`skipped: ${o.reason}`)));
  assert.deepEqual(
    results.map((r) => `${r.id} ${r.status} ${r.observed}`),
    SEQUENCE.map((id) => {
      const state = id.split('/')[2];
      const observed = {
        granted: 'getUserMedia succeeded',
        denied: 'NotAllowedError: "Permission denied"',
        dismissed: 'NotAllowedError: "Permission dismissed"',
        'wrong-device': 'OverconstrainedError: "" (constraint deviceId)',
      }[state!];
      return `${id} passed ${observed}`;
    }),
  );
  // The same warm page served every cell after the first: the isolation came from the origins alone.
  assert.deepEqual(results.map((r) => !!r.reusedPage), SEQUENCE.map((_, i) => i > 0));
});
