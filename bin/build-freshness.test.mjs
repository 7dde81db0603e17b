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

/** A project built at t=2000 whose files were last changed at the given times. */
function builtAt2000(times) {
  const root = project();
  writeFileSync(join(root, 'dist/.build-stamp'), '');
  at(join(root, 'dist/.build-stamp'), 2000);
  for (const [file, t] of Object.entries(times)) at(join(root, file), t);
  return root;
}

test('a stamp newer than every source: current', () => {
  const root = builtAt2000({ 'harness/cli/main.ts': 1000, 'harness/cli/main.test.ts': 1000, 'scenarios/matrix.json': 1000 });
  assert.deepEqual(buildFreshness(root), { current: true });
});

test('a source edited after the build: stale, and which file', () => {
  const root = builtAt2000({ 'harness/cli/main.ts': 1000, 'harness/cli/main.test.ts': 1000, 'scenarios/matrix.json': 3000 });
  assert.deepEqual(buildFreshness(root), { current: false, why: 'scenarios/matrix.json is newer than dist/' });
});

test('an edited test file does not make the build stale (the build leaves tests out)', () => {
  const root = builtAt2000({ 'harness/cli/main.ts': 1000, 'scenarios/matrix.json': 1000, 'harness/cli/main.test.ts': 3000 });
  assert.equal(buildFreshness(root).current, true);
});
