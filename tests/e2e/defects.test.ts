// The harness must be able to fail: every defect variant of both bundled apps makes its cells fail
// with a message naming what is wrong, while the clean app passes the very same cells (the data is
// tests/selftest/defect-variants.ts; `npm run selftest` prints the same run as a kill rate).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPS, type AppName } from '../selftest/defect-variants.ts';
import { runApp } from '../selftest/selftest.ts';

for (const app of Object.keys(APPS) as AppName[]) {
  test(`every defect variant of the ${app} fails its cells with a message naming the problem, and the clean app passes them`, () => {
    const r = runApp(app);
    assert.equal(r.exitCode, 1, 'a run with failing variants exits 1');
    const clean = r.clean.filter((c) => c.status !== 'passed');
    assert.deepEqual(clean.map((c) => `${c.id}: ${c.status} ${c.failures.join('; ')}`), [], 'the clean app passes');
    for (const v of r.variants) {
      for (const c of v.cells) {
        assert.ok(c.matched, `${app} ?defect=${v.defect}: ${c.id} ${c.status}, expected the failure the variant must produce, got:\n${c.failures.join('\n')}`);
      }
    }
  });
}
