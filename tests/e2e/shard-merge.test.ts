// Sharding and merging end to end: the same selection run once, and run as three shards (each in a
// folder of its own, as three CI jobs would) then merged, gives the same cells with the same verdicts,
// fidelity and mechanism, one Allure result per cell, and one report; `list --shard` shows the same cut.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RunSummary } from '../../harness/contract/run-summary.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Two runners, three engines, several launch groups: a cut can fall inside a group.
const SELECTION = ['chrome/linux/denied/*', 'firefox/linux/denied/audio-only', 'safari/macos/denied/audio-only', 'safari/macos/granted/audio-video'];
const summaryOf = (dir: string) => RunSummary.parse(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')));
const verdicts = (dir: string) => summaryOf(dir).cells.map((c) => `${c.id} ${c.runner} ${c.verdict} ${c.fidelity} ${c.mechanism}`).sort();
const allureResults = (dir: string) => readdirSync(join(dir, 'allure-results')).filter((f) => f.endsWith('-result.json')).length;

test('three shards merged equal one unsharded run', () => {
  const whole = runCli(['run', ...SELECTION, '--no-report']);
  assert.equal(whole.status, 0, whole.stdout + whole.stderr);
  const shards = [1, 2, 3].map((i) => runCli(['run', ...SELECTION, '--shard', `${i}/3`, '--no-report']));
  for (const [i, s] of shards.entries()) {
    assert.equal(s.status, 0, s.stdout + s.stderr);
    assert.match(s.stdout, new RegExp(`shard ${i + 1}/3 of ${summaryOf(whole.reportsDir).cells.length} run\\(s\\)`));
  }
  const ids = shards.map((s) => s.results.map((r) => r.id));
  assert.equal(new Set(ids.flat()).size, ids.flat().length, 'a cell ran in two shards');
  assert.ok(ids.every((piece) => piece.length > 0), 'a shard ran nothing');

  const mergedDir = mkdtempSync(join(tmpdir(), 'ph-merged-'));
  const merge = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'merge', ...shards.map((s) => s.reportsDir), '--output', mergedDir], { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 });
  assert.equal(merge.status, 0, merge.stdout + merge.stderr);
  assert.match(merge.stdout, /merging 3 shard\(s\) of \d+ run\(s\) from 3 folder\(s\)/);
  assert.match(merge.stdout, /^gate: passed/m);
  assert.deepEqual(verdicts(mergedDir), verdicts(whole.reportsDir));
  assert.equal(allureResults(mergedDir), allureResults(whole.reportsDir));
  assert.ok(existsSync(join(mergedDir, 'allure-report', 'index.html')), 'no merged Allure report');

  // A merge that lacks a shard is refused, not reported as the whole release.
  const partial = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'merge', shards[0]!.reportsDir, shards[2]!.reportsDir, '--output', mkdtempSync(join(tmpdir(), 'ph-merged-'))], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(partial.status, 2);
  assert.equal(partial.stderr.trim(), 'permission-harness: merge: shard(s) 2/3 missing: every shard\'s folder is needed (a failed shard job still uploads its folder)');
});

test('list --shard cuts the release suite the same way, its pieces adding up to the whole', () => {
  const list = (extra: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'list', '--suite', 'release', '--json', ...extra], { cwd: ROOT, encoding: 'utf8' });
  const ids = (extra: string[]) => (JSON.parse(list(extra).stdout) as Array<{ id: string; runner: string }>).map((c) => `${c.id} ${c.runner}`);
  const pieces = [1, 2, 3, 4].map((i) => ids(['--shard', `${i}/4`]));
  assert.deepEqual(pieces.flat().sort(), ids([]).sort());
});
