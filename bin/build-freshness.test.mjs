import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFreshness } from './build-freshness.mjs';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'ph-build-'));
  for (const d of ['harness/cli', 'scenarios', 'dist']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'harness/cli/main.ts'), '');
  writeFileSync(join(root, 'harness/cli/main.test.ts'), '');
  writeFileSync(join(root, 'scenarios/matrix.json'), '{}');
  return root;
}
const at = (file, seconds) => utimesSync(file, seconds, seconds);

test('no stamp: not built', () => {
  assert.deepEqual(buildFreshness(project()), { current: false, why: 'dist/ is not built' });
});

test('a stamp newer than every source: current', () => {
  const root = project();
  writeFileSync(join(root, 'dist/.build-stamp'), '');
  for (const f of ['harness/cli/main.ts', 'harness/cli/main.test.ts', 'scenarios/matrix.json']) at(join(root, f), 1000);
  at(join(root, 'dist/.build-stamp'), 2000);
  assert.deepEqual(buildFreshness(root), { current: true });
});

test('a source edited after the build: stale, and which file', () => {
  const root = project();
  writeFileSync(join(root, 'dist/.build-stamp'), '');
  at(join(root, 'dist/.build-stamp'), 2000);
  at(join(root, 'harness/cli/main.ts'), 1000);
  at(join(root, 'harness/cli/main.test.ts'), 1000);
  at(join(root, 'scenarios/matrix.json'), 3000);
  assert.deepEqual(buildFreshness(root), { current: false, why: 'scenarios/matrix.json is newer than dist/' });
});

test('an edited test file does not make the build stale (the build leaves tests out)', () => {
  const root = project();
  writeFileSync(join(root, 'dist/.build-stamp'), '');
  at(join(root, 'dist/.build-stamp'), 2000);
  at(join(root, 'harness/cli/main.ts'), 1000);
  at(join(root, 'scenarios/matrix.json'), 1000);
  at(join(root, 'harness/cli/main.test.ts'), 3000);
  assert.equal(buildFreshness(root).current, true);
});
