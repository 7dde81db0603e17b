// Bad input gets a clear error: every malformed flag, id, glob, scenario file, profile, playbook,
// ticket and URL below is one line on stderr naming what is wrong (and the valid values where there
// is a list), exit code 2, no stack trace, and nothing written to the reports folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ph-bad-input-'));
const PLAYBOOK = join(ROOT, 'fixtures/recording-app/playbook.json');
const APP = join(ROOT, 'fixtures/recording-app');
const good = JSON.parse(readFileSync(join(ROOT, 'fixtures/recording-app/profile.json'), 'utf8')) as Record<string, unknown>;
const goodPlaybook = JSON.parse(readFileSync(PLAYBOOK, 'utf8')) as { steps: unknown[]; rules: Array<Record<string, unknown>> };
const goodMatrix = JSON.parse(readFileSync(join(ROOT, 'scenarios/matrix.json'), 'utf8')) as Record<string, unknown>;

/** Writes a file into the test's folder and returns its path. */
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const profile = (name: string, patch: Record<string, unknown>) => file(name, { ...good, serve: APP, playbook: PLAYBOOK, knownIssues: join(APP, 'known-issues.json'), ...patch });
const playbookProfile = (name: string, playbook: unknown) => profile(`${name}.profile.json`, { playbook: file(`${name}.playbook.json`, playbook) });
const CELL = 'chrome/linux/denied/audio-only';

const cases: Array<{ what: string; args: string[]; error: RegExp }> = [
  // flags
  { what: 'unknown flag', args: ['run', '--bogus'], error: /Unknown option '--bogus'/ },
  { what: 'value on a boolean flag', args: ['run', '--headed=yes'], error: /--headed/ },
  { what: 'flag without its value', args: ['run', CELL, '--target'], error: /--target/ },
  { what: 'workers not a number', args: ['run', CELL, '--workers', 'many'], error: /--workers expects a number, got "many"/ },
  { what: 'zero workers', args: ['run', CELL, '--workers', '0'], error: /--workers expects a number of at least 1/ },
  { what: 'slowmo not a number', args: ['run', CELL, '--slowmo', 'fast'], error: /--slowmo expects milliseconds/ },
  { what: 'negative retries', args: ['run', CELL, '--retries=-1'], error: /--retries expects a number of retries, got "-1"/ },
  { what: 'repeat-each zero', args: ['run', CELL, '--repeat-each', '0'], error: /--repeat-each expects a number of at least 1/ },
  { what: 'repeat-each not a number', args: ['run', CELL, '--repeat-each', 'twice'], error: /--repeat-each expects a number of runs per cell/ },
  { what: 'variants without values', args: ['run', CELL, '--variants', 'defect'], error: /--variants expects key=value1,value2/ },
  { what: 'variants without a key', args: ['run', CELL, '--variants', '=a,b'], error: /--variants expects key=value1,value2/ },
  { what: 'variants and query on one key', args: ['run', CELL, '--variants', 'defect=a', '--query', 'defect=b'], error: /both set "defect"/ },
  { what: 'query without =', args: ['run', CELL, '--query', 'defect'], error: /--query expects key=value, got "defect"/ },
  { what: 'unknown runner', args: ['run', CELL, '--runner', 'selenium'], error: /unknown runner "selenium": valid runners are playwright, webdriverio/ },
  { what: 'unknown engine', args: ['run', '--engine', 'blink'], error: /unknown engine "blink": valid engine values are .*chromium/ },
  { what: 'unknown browser filter', args: ['run', '--browser', 'opera'], error: /valid browser values are chrome, edge, brave, firefox, safari/ },
  { what: 'unknown os filter', args: ['run', '--os', 'beos'], error: /valid os values are/ },
  { what: 'unknown state filter', args: ['run', '--state', 'blocked'], error: /valid state values are granted, denied, dismissed/ },
  { what: 'unknown mode filter', args: ['list', '--mode', 'video-only'], error: /valid mode values are audio-only/ },
  { what: 'unknown suite', args: ['list', '--suite', 'nightly'], error: /unknown suite "nightly": valid suites are smoke, recovery, release/ },
  { what: 'unknown command', args: ['frobnicate'], error: /unknown command "frobnicate": valid commands are run, record, list, merge, explain, init, doctor, repro, drift, local-grid/ },
  { what: 'init with no page', args: ['init'], error: /init expects one URL or page, e\.g\. init http:\/\/localhost:3000\/record or init app\/index\.html/ },
  { what: 'init on a file that is no page', args: ['init', 'README.md'], error: /init expects an http:\/\/ or https:\/\/ URL or a local \.html file, got "README\.md"/ },
  { what: 'init over an existing file', args: ['init', 'fixtures/recording-app/index.html', '--out', 'package.json'], error: /init: .*package\.json exists; name another file with --out/ },
  { what: 'init writing something else than JSON', args: ['init', 'fixtures/recording-app/index.html', '--out', 'profile.txt'], error: /init --out expects a \.json file, got "profile\.txt"/ },
  { what: 'record into a profile with no snapshot', args: ['record', 'chrome/linux/denied/audio-only'], error: /record needs a snapshot to record into: add "snapshot": "playbook\.snapshot\.json"/ },
  { what: 'undeclared recovery sequence', args: ['run', 'chrome/linux/granted..dismissed/audio-only'], error: /no recovery sequence granted\.\.dismissed .*valid sequences for audio-only are denied\.\.granted/ },
  { what: 'unknown state in a recovery id', args: ['list', 'chrome/linux/denied..allowed/audio-only'], error: /unknown state "allowed" in .*valid state values are granted/ },
  { what: 'recovery id with three states', args: ['list', 'chrome/linux/denied..granted..denied/audio-only'], error: /a recovery cell has two states, <from>\.\.<to>/ },
  // ids and globs
  { what: 'unknown browser in an id', args: ['run', 'opera/macos/denied/audio-only'], error: /unknown browser "opera" in "opera\/macos\/denied\/audio-only": valid browser values are/ },
  { what: 'id with three parts', args: ['run', 'chrome/macos/denied'], error: /malformed cell id "chrome\/macos\/denied": expected <browser>\/<os>\/<state>\/<mode>/ },
  { what: 'id with five parts', args: ['run', 'chrome/macos/denied/audio-only/x'], error: /malformed cell id/ },
  { what: 'empty id', args: ['run', ''], error: /malformed cell id ""/ },
  { what: 'state in the wrong case', args: ['run', 'chrome/macos/Denied/audio-only'], error: /unknown state "Denied"/ },
  { what: 'invalid combination', args: ['run', 'safari/windows/denied/audio-only'], error: /not a valid combination \(safari-only-apple\)/ },
  { what: 'screen share on a phone', args: ['run', 'chrome/android/denied/screen-share'], error: /not a valid combination/ },
  { what: 'glob matching no cell', args: ['run', 'safari/linux/*/*'], error: /no cell matches that selection/ },
  { what: 'unknown mode in a glob', args: ['list', 'chrome/*/*/video-only'], error: /unknown mode "video-only"/ },
  // scenario files
  { what: 'matrix file missing', args: ['list', '--matrix', join(dir, 'none.json')], error: /cannot read matrix .*none\.json/ },
  { what: 'matrix file not JSON', args: ['list', '--matrix', file('matrix-garbage.json', '{ suites: ')], error: /cannot read matrix .*matrix-garbage\.json/ },
  { what: 'matrix with an unknown field', args: ['list', '--matrix', file('matrix-extra.json', { ...goodMatrix, suits: {} })], error: /invalid .*matrix-extra\.json/ },
  { what: 'matrix suite naming an unknown state', args: ['list', '--matrix', file('matrix-badcell.json', { ...goodMatrix, suites: { ...(goodMatrix.suites as object), smoke: { description: 'x', cells: ['chrome/linux/blocked/audio-only'] } } })], error: /unknown state "blocked"/ },
  // profiles
  { what: 'profile file missing', args: ['run', CELL, '--target', join(dir, 'nope.json')], error: /target profile not found: .*nope\.json/ },
  { what: 'profile not JSON', args: ['run', CELL, '--target', file('garbage.json', 'name: x')], error: /garbage\.json is not valid JSON/ },
  { what: 'profile missing start', args: ['run', CELL, '--target', 'tests/e2e/fixtures/broken-profile.json'], error: /invalid target profile .*broken-profile\.json: start: Too small/ },
  { what: 'profile placeholder typo', args: ['run', CELL, '--target', profile('typo.json', { outcome: { ...(good.outcome as object), errorText: '{nam}: {message}' } })], error: /\{nam\}/ },
  { what: 'profile unknown action key', args: ['run', CELL, '--target', profile('action.json', { start: [{ tap: '#start' }] })], error: /start\.0/ },
  { what: 'profile unknown field', args: ['run', CELL, '--target', profile('field.json', { serveDir: '.' })], error: /serveDir/ },
  { what: 'profile serve folder missing (traversal out of the project)', args: ['run', CELL, '--target', profile('serve.json', { serve: '../../../../no-such-folder' })], error: /serve folder .*no-such-folder does not exist/ },
  { what: 'profile environment variable unset', args: ['run', CELL, '--target', profile('env.json', { headers: { Authorization: 'Bearer ${PH_TEST_UNSET_TOKEN}' } })], error: /environment variable PH_TEST_UNSET_TOKEN is not set/ },
  { what: 'profile app unreachable', args: ['run', CELL, '--target', 'tests/e2e/fixtures/unreachable-profile.json'], error: /target app http:\/\/127\.0\.0\.1:9\/ is unreachable/ },
  { what: 'profile is a folder', args: ['run', CELL, '--target', dir], error: /target profile/ },
  // playbooks
  { what: 'playbook missing', args: ['run', CELL, '--target', profile('pb-missing.json', { playbook: join(dir, 'none.playbook.json') })], error: /playbook not found/ },
  { what: 'playbook glob matching no step', args: ['run', CELL, '--target', playbookProfile('pb-glob', { ...goodPlaybook, rules: [...goodPlaybook.rules, { why: 'typo', when: {}, include: ['camera-typo.*'] }] })], error: /camera-typo\.\*/ },
  { what: 'playbook when as a string', args: ['run', CELL, '--target', playbookProfile('pb-when', { ...goodPlaybook, rules: [{ why: 'x', when: 'chrome/*/*/*', include: ['use-https'] }] })], error: /rules\.0\.when/ },
  { what: 'playbook contradicting first rules', args: ['run', CELL, '--target', playbookProfile('pb-first', { ...goodPlaybook, rules: [...goodPlaybook.rules, { why: 'contradiction', when: { state: ['denied'] }, first: 'use-https' }] })], error: /first/ },
  { what: 'playbook rule matching no cell', args: ['run', CELL, '--target', playbookProfile('pb-nocell', { ...goodPlaybook, rules: [...goodPlaybook.rules, { why: 'never', when: { browser: ['safari'], os: ['windows'] }, include: ['use-https'] }] })], error: /matches no cell/ },
  // tickets and repro input
  { what: 'ticket missing', args: ['repro', '--ticket', join(dir, 'none-ticket.json')], error: /none-ticket\.json/ },
  { what: 'ticket not JSON', args: ['repro', '--ticket', file('ticket-garbage.json', 'ua=')], error: /ticket-garbage\.json/ },
  { what: 'ticket without the error text', args: ['repro', '--ticket', file('ticket-short.json', { ua: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0', mode: 'Record Audio and Video' })], error: /error/ },
  { what: 'repro with an unknown mode label', args: ['repro', '--ua', 'Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0', '--error', 'NotAllowedError: Permission denied', '--mode', 'Record Nothing'], error: /Record Nothing/ },
  { what: 'repro without a user agent', args: ['repro', '--error', 'NotAllowedError: Permission denied', '--mode', 'Record Audio and Video'], error: /--ua/ },
  // beyond one machine: shards, merge, remote browsers
  { what: 'shard out of range', args: ['run', '--shard', '4/3'], error: /--shard expects i\/n with 1 ≤ i ≤ n \(e\.g\. 2\/4\), got "4\/3"/ },
  { what: 'shard not i/n', args: ['list', '--shard', 'half'], error: /--shard expects i\/n/ },
  { what: 'shard timings without a shard', args: ['run', '--shard-timings', 'summary.json'], error: /--shard-timings needs --shard i\/n/ },
  { what: 'shard timings file missing', args: ['run', '--shard', '1/2', '--shard-timings', join(dir, 'none-summary.json')], error: /none-summary\.json: no such file/ },
  { what: 'merge with nothing to merge', args: ['merge'], error: /merge expects the output folders of the runs to merge/ },
  { what: 'merge of a folder that is no run', args: ['merge', dir], error: /has no run-plan\.json/ },
  { what: 'browsers from an unknown place', args: ['run', '--browsers-from', 'cloud'], error: /--browsers-from expects local or containers, got "cloud"/ },
  { what: 'nodes without containers', args: ['run', '--nodes', '2'], error: /--nodes needs --browsers-from containers/ },
  { what: 'zero container nodes', args: ['run', '--browsers-from', 'containers', '--nodes', '0'], error: /--nodes expects a number from 1 to 8, got "0"/ },
  { what: 'containers and a grid at once', args: ['run', '--browsers-from', 'containers', '--grid', 'http://127.0.0.1:4444'], error: /--browsers-from containers starts its own endpoints: leave out --grid/ },
  { what: 'grid URL with a wrong scheme', args: ['run', '--grid', 'ws://127.0.0.1:4444'], error: /--grid expects http:\/\/… or https:\/\/… URLs/ },
  { what: 'explain more than one cell', args: ['explain', 'chrome/*/denied/*'], error: /explain expects one cell; "chrome\/\*\/denied\/\*" selects 18/ },
  // URLs
  { what: 'url that is not a URL', args: ['run', CELL, '--url', 'not a url'], error: /--url expects an absolute http:\/\/ or https:\/\/ URL or a path on the served folder starting with \/, got "not a url"/ },
  { what: 'url nobody answers', args: ['run', CELL, '--url', 'http://127.0.0.1:9/'], error: /http:\/\/127\.0\.0\.1:9\/ is unreachable/ },
  { what: 'url with a scheme the harness cannot drive', args: ['run', CELL, '--url', 'ftp://127.0.0.1/app'], error: /--url expects an absolute .*got "ftp:\/\/127\.0\.0\.1\/app"/ },
];

test(`${cases.length} malformed inputs: each one line, exit 2, no stack trace, nothing written`, () => {
  assert.ok(cases.length >= 40, 'at least 40 cases');
  const problems: string[] = [];
  for (const c of cases) {
    const reports = join(dir, `reports-${cases.indexOf(c)}`);
    mkdirSync(reports);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), ...c.args], { cwd: ROOT, env: { ...process.env, PH_REPORTS_DIR: reports }, encoding: 'utf8', timeout: 60_000 });
    const lines = r.stderr.split('\n').filter(Boolean);
    const why: string[] = [];
    if (r.status !== 2) why.push(`exit ${r.status}`);
    if (lines.length !== 1) why.push(`${lines.length} stderr lines`);
    if (!/^permission-harness: /.test(lines[0] ?? '')) why.push('not the harness’s own message');
    if (!c.error.test(lines[0] ?? '')) why.push(`does not match ${c.error}`);
    if (/\n\s+at /.test(r.stderr + r.stdout)) why.push('stack trace');
    if (existsSync(reports) && readdirSync(reports).length) why.push(`wrote ${readdirSync(reports).join(', ')}`);
    if (why.length) problems.push(`${c.what} (${c.args.join(' ')}): ${why.join(', ')}\n    stderr: ${r.stderr.trim()}\n    stdout: ${r.stdout.trim().slice(0, 300)}`);
  }
  assert.deepEqual(problems, []);
});
