// An unavailable cell under --repeat-each is planned once per repeat: each repeat must leave its own
// result, or the close counts the repeats as cells that left no result (measured: 279 of a 3× release).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { planRunKey, runKey, type CellPlan } from '../contract/cell-plan.ts';
import { readCellResults } from '../report/cell-results.ts';
import { silentReporter } from './fake-session.ts';
import { reportUnavailable } from './report-unavailable.ts';

const plan: CellPlan = {
  cell: { id: 'firefox/linux/denied..granted/audio-only', browser: 'firefox', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'fake', sequence: { from: 'denied', action: 'allow-and-reload', to: 'granted' } } as CellPlan['cell'],
  runner: 'fake-runner',
  unavailable: 'no run-time permission change on this engine',
  condition: { state: 'denied', fidelity: 'unavailable', mechanism: 'prefs', launch: {}, placement: {}, expected: { kind: 'success' } },
};

test('each repeat of an unavailable cell leaves its own result, keyed like the planned run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-unavailable-'));
  const repeats = [1, 2, 3].map((repeat) => ({ ...plan, repeat }));
  for (const p of repeats) await reportUnavailable(p, 'fake-runner', silentReporter, dir, { target: 't', query: {} });
  const keys = readCellResults(dir).map((r) => runKey(r)).sort();
  assert.deepEqual(keys, repeats.map((p) => planRunKey(p)).sort());
});

test('a query of the run is kept in the result too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-unavailable-'));
  const p = { ...plan, query: { variant: 'x' } };
  await reportUnavailable(p, 'fake-runner', silentReporter, dir, { target: 't', query: {} });
  assert.deepEqual(readCellResults(dir).map((r) => runKey(r)), [planRunKey(p)]);
});
