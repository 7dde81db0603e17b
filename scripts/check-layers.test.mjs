// Tests of scripts/check-layers.mjs and scripts/check-names.mjs on the synthetic trees in
// scripts/layering-fixtures/. Run: node --test scripts/check-layers.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(SCRIPTS, 'layering-fixtures');
const CLEAN = join(FIXTURES, 'clean');
const DIRTY = join(FIXTURES, 'dirty');

function run(script, dir) {
  const r = spawnSync(process.execPath, [join(SCRIPTS, script), dir], { encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean);
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr, summary: lines.at(-1) ?? '' };
}

const tmpDirs = [];
function copyOf(dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'layering-fixture-'));
  tmpDirs.push(tmp);
  cpSync(dir, tmp, { recursive: true });
  return tmp;
}
function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
after(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

describe('check-layers.mjs', () => {
  it('passes the clean fixture, counting type-only imports as dependencies', () => {
    const r = run('check-layers.mjs', CLEAN);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    // 27 modules; 39 import statements, 13 of them `import type` (they must be counted).
    assert.equal(r.summary, 'layering: 27 modules, 39 dependencies, 0 violations');
    assert.equal(r.lines.length, 1, r.stdout);
  });

  describe('on the dirty fixture', () => {
    const r = run('check-layers.mjs', DIRTY);
    const expected = [
      ['upward import drive → cli', 'harness/drive/run.ts → harness/cli/flags.ts: layer-drive+repro ('],
      ['peers on one line (cli, entry)', 'harness/cli/main.ts → harness/entry/start.ts: layer-cli+entry ('],
      ['a type-only upward import', 'harness/util/text.ts → harness/contract/types.ts: layer-util ('],
      ['a test file under the same rules', 'harness/verdict/verdict.test.ts → harness/cli/flags.ts: layer-verdict ('],
      ['scenarios importing harness', 'scenarios/schema.ts → harness/util/text.ts: scenarios-below-harness ('],
      ['an engine importing another engine', 'harness/engines/servo/servo-engine.ts → harness/engines/blink/launch.ts: engine-not-to-other-engine ('],
      ['an engine folder imported from outside the registry', 'harness/plan/plan.ts → harness/engines/blink/launch.ts: engine-folders-only-via-registry ('],
      ['an engine folder imported by a shared engines file', 'harness/engines/shared.ts → harness/engines/blink/launch.ts: engine-folders-only-via-registry ('],
      ['emulated/ imported from outside engines', 'harness/report/summary.ts → harness/engines/emulated/emulated.ts: emulated-stays-in-engines ('],
      ['a runner importing another runner', 'harness/runners/local/local-runner.ts → harness/runners/remote/remote-runner.ts: runner-not-to-other-runner ('],
      ['a runner folder imported from outside the registry', 'harness/plan/plan.ts → harness/runners/local/local-runner.ts: runner-folders-only-via-registry ('],
      ['a folder without a layer (module imports nothing)', 'harness/misc/helper.ts: harness-folder-has-layer ('],
      ['a file directly in harness/', 'harness/stray.ts: harness-folder-has-layer ('],
      ['a cycle closed by an import type', 'harness/matrix/a.ts → harness/matrix/b.ts: no-circular ('],
      ['an unresolvable import', 'harness/report/legacy.mjs → ../util/missing.mjs: not-to-unresolvable ('],
    ];

    it('exits 1 and counts every violation, and nothing else', () => {
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.summary, new RegExp(`^layering: \\d+ modules, \\d+ dependencies, ${expected.length} violations$`));
      assert.equal(r.lines.length, expected.length + 1, r.stdout);
    });

    for (const [what, prefix] of expected) {
      it(`reports ${what}`, () => {
        const line = r.lines.find((l) => l.startsWith(prefix));
        assert.ok(line, `missing: ${prefix}\n${r.stdout}`);
        // The rule's comment, in parentheses, says why.
        assert.match(line.slice(prefix.length), /^.{20,}\)/);
      });
    }

    it('prints the cycle', () => {
      assert.ok(
        r.lines.some((l) => l.endsWith('[cycle: harness/matrix/a.ts → harness/matrix/b.ts → harness/matrix/a.ts]')),
        r.stdout,
      );
    });

    it('lets a top-level config file import anything', () => {
      assert.ok(!r.lines.some((l) => l.startsWith('playwright.config.ts')), r.stdout);
    });
  });

  it('reports a new harness folder that has no layer', () => {
    const tmp = copyOf(CLEAN);
    write(tmp, 'harness/newfolder/thing.ts', "import { pad } from '../util/text.ts';\nexport const thing = pad('x');\n");
    const r = run('check-layers.mjs', tmp);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.ok(r.lines.some((l) => l.startsWith('harness/newfolder/thing.ts: harness-folder-has-layer (')), r.stdout);
  });

  it('exits 2 on a directory without harness/', () => {
    const r = run('check-layers.mjs', join(CLEAN, 'scenarios'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no harness\/ folder/);
  });
});

describe('check-names.mjs', () => {
  it('passes the clean fixture', () => {
    const r = run('check-names.mjs', CLEAN);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.summary, /^names: \d+ files, 0 hits .*engines blink, servo from harness\/engines\/; 3 states from scenarios\/axes\.ts \(export STATES\)$/);
  });

  it('reports exactly the engine names and state literals outside harness/engines/ in the dirty fixture', () => {
    const r = run('check-names.mjs', DIRTY);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.lines.slice(0, -1), [
      'harness/drive/run.ts:5: names state "dismissed"', // a template literal without substitution
      'harness/plan/pick.ts:3: names engine "servo"', // a string literal ('service' and the comment are fine)
      'harness/plan/plan.ts:2: names engine "blink"', // an import specifier
      'harness/report/summary.ts:3: names engine "blink"', // an identifier
      'harness/report/summary.ts:4: names engine "blink"',
      'harness/verdict/verdict.ts:4: names state "denied"', // 'denial', 'denied-by-policy' are fine
      'playwright.config.ts:2: names engine "blink"', // config files are checked for engines (not states)
    ]);
    assert.match(r.summary, /^names: \d+ files, 7 hits \(5 engine, 2 state\); .*3 states from scenarios\/axes\.ts \(export State\)$/);
  });

  it('reads the states from scenarios/states.json when it exists', () => {
    const tmp = copyOf(CLEAN);
    write(tmp, 'scenarios/states.json', JSON.stringify(['granted', 'stray-state']));
    write(tmp, 'harness/util/extra.ts', "export const a = 'stray-state';\nexport const b = 'dismissed';\n");
    const r = run('check-names.mjs', tmp);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.lines.slice(0, -1), ['harness/util/extra.ts:1: names state "stray-state"']);
    assert.match(r.summary, /2 states from scenarios\/states\.json$/);
  });

  it('takes the engine names from the folders of harness/engines/ (except emulated)', () => {
    const tmp = copyOf(CLEAN);
    write(tmp, 'harness/engines/quark/quark-engine.ts', "export const quark = 'quark';\n");
    write(tmp, 'harness/util/extra.ts', "export const q = { quark: 1 };\nexport const e = 'emulated';\n");
    const r = run('check-names.mjs', tmp);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.lines.slice(0, -1), ['harness/util/extra.ts:1: names engine "quark"']);
    assert.match(r.summary, /engines blink, quark, servo from harness\/engines\//);
  });

  it('exits 2 when it finds no state names', () => {
    const tmp = copyOf(CLEAN);
    write(tmp, 'scenarios/axes.ts', 'export const MODES = [] as const;\n');
    const r = run('check-names.mjs', tmp);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no exported const STATES/);
  });
});
