// A recording is only as good as what it catches: recorded on the clean bundled app with no written
// rules, it makes every defect variant of tests/selftest/defect-variants.ts fail, on the variant's
// Chromium cells (a variant without one: its first cell), while the clean app passes those cells.
// A variant fails either through the snapshot (steps, error text) or through the checks every cell
// gets whatever it is held to (an error shown, where the profile says, the request).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runKey } from '../../harness/contract/cell-plan.ts';
import { DEFECT_VARIANTS } from '../selftest/defect-variants.ts';
import { runCli } from './run-cli.ts';
import { recordedAppCopy } from './recorded-app-copy.ts';


test('a snapshot recorded on the clean recording app, with no written rules, fails every defect variant', () => {
  const { dir } = recordedAppCopy('ph-record-defects-');
  const target = ['--target', join(dir, 'profile.json'), '--no-report'];

  const variants = DEFECT_VARIANTS.flatMap((v) => {
    const cells = v.apps['recording-app'] ?? [];
    if (!cells.length) return [];
    const chromium = cells.filter((c) => /^(chrome|edge|brave)\//.test(c.id));
    return [{ defect: v.defect, ids: (chromium.length ? chromium : cells.slice(0, 1)).map((c) => c.id) }];
  });
  const clean = [...new Set(variants.flatMap((v) => v.ids))];
  const recorded = runCli(['record', ...clean, ...target]);
  assert.equal(recorded.status, 0, recorded.stdout + recorded.stderr);

  const keys = variants.flatMap((v) => v.ids.map((id) => `${id}?defect=${v.defect}`));
  const run = runCli(['run', ...clean, ...keys, ...target]);
  const byKey = new Map(run.results.map((r) => [runKey(r), r]));
  for (const id of clean) assert.equal(byKey.get(id)?.status, 'passed', `clean ${id}: ${byKey.get(id)?.failures.join('\n')}`);
  const missed = keys.filter((k) => byKey.get(k)?.status !== 'failed').map((k) => `${k}: ${byKey.get(k)?.status ?? 'no result'} ${byKey.get(k)?.failures.join('; ') ?? ''}`);
  assert.deepEqual(missed, [], 'every variant fails as an app failure against the recording');
  // What caught each one, for the reader of the test log.
  for (const k of keys) console.log(`${k}: ${byKey.get(k)!.failures[0]}`);
});
