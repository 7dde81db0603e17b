// `init` on pages it has never seen: both bundled apps (their drafts then run the smoke cells green
// with no hand edit) and a third page written elsewhere with other words (a draft, and what it could
// not map).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../harness/host/project-paths.ts';
import { runCli } from './run-cli.ts';

function init(page: string): { status: number | null; stdout: string; stderr: string; profile: string; draft: Record<string, any> } {
  const dir = mkdtempSync(join(tmpdir(), 'ph-init-e2e-'));
  const profile = join(dir, 'profile.json');
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'init', join(ROOT, page), '--out', profile], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PH_REPORTS_DIR: dir } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, profile, draft: r.status === 0 ? JSON.parse(readFileSync(profile, 'utf8')) : {} };
}

for (const app of ['recording-app', 'meeting-app']) {
  test(`init drafts a profile for the bundled ${app} that, recorded, runs its smoke cells green unedited`, () => {
    const d = init(`fixtures/${app}/index.html`);
    assert.equal(d.status, 0, d.stdout + d.stderr);
    const own = JSON.parse(readFileSync(join(ROOT, 'fixtures', app, 'profile.json'), 'utf8'));
    assert.deepEqual(Object.keys(d.draft.modes).sort(), Object.keys(own.modes).sort(), d.stdout);
    assert.ok(d.draft.outcome.errorText, d.stdout);
    const record = runCli(['record', '--suite', 'smoke', '--engine', 'chromium', '--target', d.profile, '--no-report']);
    assert.equal(record.status, 0, `${d.stdout}\n${record.stdout}${record.stderr}`);
    const run = runCli(['run', '--suite', 'smoke', '--engine', 'chromium', '--target', d.profile, '--no-report']);
    assert.equal(run.status, 0, `${d.stdout}\n${JSON.stringify(d.draft, null, 2)}\n${run.stdout}${run.stderr}`);
    assert.ok(run.results.filter((r) => r.status === 'passed').length >= 5, run.stdout);
    // The refusals were checked against the recording, not against nothing.
    assert.ok(run.results.some((r) => r.checkedAgainst === 'snapshot'), run.stdout);
  });
}

test('init on a page with other words: a draft with what it found, and a list of what it could not map', () => {
  const d = init('tests/e2e/fixtures/start-guard-app/index.html');
  assert.equal(d.status, 0, d.stdout + d.stderr);
  assert.deepEqual(d.draft.start, [{ click: '#go', name: 'click Record' }]);
  assert.deepEqual(d.draft.modes['audio-only'], [{ select: '#kind', value: 'mic', name: 'pick Microphone' }]);
  assert.deepEqual(d.draft.modes['audio-video'], [{ select: '#kind', value: 'cam', name: 'pick Camera and microphone' }]);
  assert.equal(d.draft.outcome.success, '#ok');
  assert.equal(d.draft.outcome.errorText, '{name}: {message}');
  assert.match(d.stdout, /^could not map:$/m);
  assert.match(d.stdout, /^ {2}mode screen-share \(Share Screen\): no control on the page names it$/m);
  assert.match(d.stdout, /^ {2}steps: no list of steps appeared with the error/m);
});

test('init: bad input is one line, exit 2', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'init', 'not-a-page.txt'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^permission-harness: init expects an http:\/\/ or https:\/\/ URL or a local \.html file, got "not-a-page\.txt"\n$/);
});
