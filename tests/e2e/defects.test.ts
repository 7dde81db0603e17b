// The harness must be able to fail: every defect variant of the bundled app makes its cells fail
// with a message naming what is wrong, while the clean app passes the very same cells.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFECTS } from './defect-expectations.ts';
import { runCli } from './run-cli.ts';

const allCells = [...new Set(DEFECTS.flatMap((d) => d.cells.map((c) => c.id)))];

test('the clean bundled app passes every cell the defects break', () => {
  const run = runCli(['run', ...allCells, '--no-report']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.results.length, allCells.length);
  assert.ok(run.results.every((r) => r.status === 'passed'));
});

for (const { defect, cells } of DEFECTS) {
  test(`defect ${defect} fails its cells with a message naming the problem`, () => {
    const run = runCli(['run', ...cells.map((c) => c.id), '--query', `defect=${defect}`, '--no-report']);
    assert.equal(run.status, 1, `exit code for ${defect}\n${run.stdout}${run.stderr}`);
    for (const { id, failure } of cells) {
      const r = run.results.find((x) => x.id === id);
      assert.ok(r, `${id} has a result`);
      assert.equal(r.status, 'failed', `${id} under ${defect}: ${r.failures.join('; ')}`);
      assert.ok(r.failures.some((f) => failure.test(f)), `${id} under ${defect}: expected a failure matching ${failure}, got:\n${r.failures.join('\n')}`);
      // The summary's failures section lists the cell (only failed cells are listed there) with its failure.
      const section = run.stdout.slice(run.stdout.indexOf('\nfailures:\n'));
      assert.match(section, new RegExp(`\\n  ${id.replaceAll('/', '\\/')} \\[`), `${id} listed under failures`);
    }
  });
}
