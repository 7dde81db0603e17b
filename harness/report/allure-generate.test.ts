// The run's touches on Allure results before the report and the gate read them: the drift label the
// "Drift" category groups by, and the fingerprint that ties allure-gate.json to these results.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { labelDrift } from './allure-generate.ts';
import { resultsFingerprint } from './quality-gate.ts';

const labels = (id: string, runner: string) => {
  const [browser, os, state, mode] = id.split('/');
  return Object.entries({ browser, os, state, mode, runner }).map(([name, value]) => ({ name, value }));
};

test('labelDrift labels the results of cells whose message changed, once, and nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-allure-'));
  writeFileSync(join(dir, 'a-result.json'), JSON.stringify({ labels: labels('chrome/linux/denied/audio-only', 'playwright') }));
  writeFileSync(join(dir, 'b-result.json'), JSON.stringify({ labels: labels('chrome/linux/denied/audio-only', 'webdriverio') }));
  writeFileSync(join(dir, 'c-result.json'), 'not json');
  const before = resultsFingerprint(dir);
  assert.equal(labelDrift(dir, new Set(['chrome/linux/denied/audio-only#playwright'])), 1);
  assert.equal(labelDrift(dir, new Set(['chrome/linux/denied/audio-only#playwright'])), 0, 'already labelled');
  const drift = (f: string) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { labels: Array<{ name: string; value: string }> }).labels.filter((l) => l.name === 'drift');
  assert.deepEqual(drift('a-result.json'), [{ name: 'drift', value: 'message' }]);
  assert.deepEqual(drift('b-result.json'), []);
  assert.equal(resultsFingerprint(dir), before, 'labels change no file name');
  writeFileSync(join(dir, 'd-result.json'), '{}');
  assert.notEqual(resultsFingerprint(dir), before, 'another result is another run');
});
