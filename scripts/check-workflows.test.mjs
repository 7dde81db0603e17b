// Tests of scripts/check-workflows.mjs on workflow trees written to a temporary folder.
// Run: node --test scripts/check-workflows.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cliCommands, cliFlags, harnessCalls } from './check-workflows.mjs';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const REPO = join(SCRIPTS, '..');

function run(...args) {
  const r = spawnSync(process.execPath, [join(SCRIPTS, 'check-workflows.mjs'), ...args], { encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean);
  return { code: r.status, lines, stdout: r.stdout, stderr: r.stderr, summary: lines.at(-1) ?? '' };
}

const tmpDirs = [];
/** A tree with the given workflow files and, unless `cli: false`, a two-command CLI. */
function tree(workflows, { cli = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'workflows-fixture-'));
  tmpDirs.push(root);
  for (const [name, text] of Object.entries(workflows)) write(root, `.github/workflows/${name}`, text);
  if (cli) {
    write(root, 'harness/cli/main.ts', "switch (command) {\n  case 'run':\n    break;\n  case 'merge':\n    break;\n}\n");
    write(
      root,
      'harness/cli/parse-args.ts',
      "export const OPTIONS = {\n  suite: { type: 'string' },\n  shard: { type: 'string' },\n  'no-report': { type: 'boolean' },\n} as const;\n",
    );
  }
  return root;
}
function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
after(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

const GOOD = `name: ci
on:
  push:
    branches: [main]
jobs:
  shard:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        shardIndex: [1, 2]
    steps:
      - uses: actions/checkout@v6
      # permission-harness lint-me is a comment, not a call
      - run: npx permission-harness run --suite release --shard \${{ matrix.shardIndex }}/2 || code=$?
  merge:
    needs: shard
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: |
          npx permission-harness merge shards/* \\
            --no-report 2>&1 | tee merge.log
`;

describe('check-workflows.mjs', () => {
  it('passes a good workflow, counting its permission-harness calls', () => {
    const r = run(tree({ 'ci.yml': GOOD }));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(r.lines, ['workflows: 1 files, 0 errors; 2 permission-harness calls checked against the CLI']);
  });

  it('reports a job without runs-on, one readable line, no JSON', () => {
    const r = run(tree({ 'ci.yml': GOOD.replace('    runs-on: ubuntu-latest\n    strategy:', '    strategy:') }));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.deepEqual(r.lines, [
      '.github/workflows/ci.yml: /jobs/shard/runs-on: This property is required',
      'workflows: 1 files, 1 errors; 2 permission-harness calls checked against the CLI',
    ]);
    assert.doesNotMatch(r.stdout + r.stderr, /[{}]/);
  });

  it('reports a misspelled key', () => {
    const r = run(tree({ 'release.yaml': GOOD.replace('    needs: shard', '    need: shard') }));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(r.lines[0], ".github/workflows/release.yaml: /jobs/merge: Additional property 'need' is not allowed");
    assert.equal(r.lines.length, 2, r.stdout);
  });

  it('reports a misspelled key under a step', () => {
    const r = run(tree({ 'ci.yml': GOOD.replace('      - uses: actions/checkout@v6', '      - usse: actions/checkout@v6') }), '--no-cli-check');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.ok(r.lines.some((l) => l.startsWith('.github/workflows/ci.yml: /jobs/shard/steps/0')), r.stdout);
  });

  it('reports YAML that does not parse, with its position', () => {
    const r = run(tree({ 'ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "unclosed\n' }), '--no-cli-check');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.lines[0], /^\.github\/workflows\/ci\.yml: Parse Error: .*line \d+ column \d+/);
  });

  it('checks every workflow file and names each', () => {
    const r = run(tree({ 'a.yml': GOOD, 'b.yml': 'on: push\njobs:\n  x:\n    steps:\n      - run: echo\n' }), '--no-cli-check');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.deepEqual(r.lines, [
      '.github/workflows/b.yml: /jobs/x/runs-on: This property is required',
      'workflows: 2 files, 1 errors; CLI check skipped (--no-cli-check)',
    ]);
  });

  it('reports a command and a flag the CLI does not have, with the line', () => {
    const text = GOOD.replace('--shard', '--shards').replace('permission-harness merge', 'permission-harness merge-all');
    const r = run(tree({ 'ci.yml': text }));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.deepEqual(r.lines.slice(0, -1), [
      '.github/workflows/ci.yml:15: permission-harness run --shards: no such flag in harness/cli/parse-args.ts',
      '.github/workflows/ci.yml:22: permission-harness merge-all: no such command (the CLI has help, merge, run)',
    ]);
  });

  it('exits 2 without workflow files, or without the CLI sources to check against', () => {
    const empty = run(tree({}));
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /no workflow files/);
    const noCli = run(tree({ 'ci.yml': GOOD }, { cli: false }));
    assert.equal(noCli.code, 2);
    assert.match(noCli.stderr, /--no-cli-check/);
  });

  it("passes the repo's own workflows against the schema", () => {
    const r = run(REPO, '--no-cli-check');
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('reads commands from the dispatch switch and flags from OPTIONS only', () => {
    const commands = cliCommands("case 'run':\n      x;\n    case 'list':\n");
    assert.deepEqual([...commands].sort(), ['help', 'list', 'run']);
    const flags = cliFlags("export const OPTIONS = {\n  suite: { type: 'string' },\n  'repeat-each': { type: 'string' },\n} as const;\nconst other = {\n  nope: { type: 'string' },\n};\n");
    assert.deepEqual([...flags].sort(), ['repeat-each', 'suite']);
  });

  it("reads the repo's own CLI sources", () => {
    const commands = cliCommands(readFileSync(join(REPO, 'harness/cli/main.ts'), 'utf8'));
    const flags = cliFlags(readFileSync(join(REPO, 'harness/cli/parse-args.ts'), 'utf8'));
    for (const c of ['run', 'list', 'doctor']) assert.ok(commands.has(c), [...commands].join(', '));
    for (const f of ['suite', 'repeat-each', 'no-report']) assert.ok(flags.has(f), [...flags].join(', '));
  });
});

describe('harnessCalls', () => {
  it('finds npx, bin and path calls, joins continued lines, stops at shell operators', () => {
    const calls = harnessCalls(
      [
        'run: npx permission-harness run --suite smoke --shard 1/2 || code=$?',
        '  node bin/permission-harness.mjs list --json > out.txt --not-a-flag',
        '  permission-harness merge a b \\',
        '    --no-report',
        '# permission-harness ignored --in-comments',
        'echo "### permission-harness: summary"',
      ].join('\n'),
    );
    assert.deepEqual(calls, [
      { line: 1, command: 'run', flags: ['suite', 'shard'] },
      { line: 2, command: 'list', flags: ['json'] },
      { line: 3, command: 'merge', flags: ['no-report'] },
    ]);
  });
});
