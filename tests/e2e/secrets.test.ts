// Profile secrets never reach a written file: header and cookie values (written in the profile or
// taken from the environment) and every `${ENV}` value are grepped for in every file the runs write
// (results, Allure results and report, traces unpacked, WebDriver logs, the repro bundle) and in
// their console output, across both runners and both ways of running (this process, Playwright Test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HEADER_SECRET = 'hdr-secret-7f3a9c1e';
const COOKIE_SECRET = 'cookie-secret-5b2d8e4f';
const SECRETS = [HEADER_SECRET, COOKIE_SECRET];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The text of a file; a zip (a Playwright trace) is unpacked and every entry read. */
async function contents(path: string): Promise<string> {
  if (!path.endsWith('.zip')) return readFileSync(path, 'latin1');
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = await Promise.all(Object.values(zip.files).filter((e) => !e.dir).map(async (e) => Buffer.from(await e.async('uint8array')).toString('latin1')));
  return parts.join('\n');
}

test('a secret from the profile or the environment appears in no file a run writes and not on the console', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ph-secrets-'));
  const good = JSON.parse(readFileSync(join(ROOT, 'fixtures/recording-app/profile.json'), 'utf8')) as Record<string, unknown>;
  const profile = join(work, 'profile.json');
  writeFileSync(
    profile,
    JSON.stringify({
      ...good,
      $schema: undefined,
      knownIssues: undefined,
      serve: join(ROOT, 'fixtures/recording-app'),
      playbook: join(ROOT, 'fixtures/recording-app/playbook.json'),
      headers: { 'X-Api-Key': HEADER_SECRET },
      cookies: [{ name: 'session', value: '${PH_TEST_SESSION}' }],
    }),
  );
  const runs = [
    ['run', 'chrome/linux/denied/audio-only', 'safari/macos/denied/audio-only', '--trace'],
    ['run', 'chrome/linux/granted/audio-only', 'chrome/macos/denied/audio-only', 'firefox/linux/denied/audio-only', 'chrome/windows/dismissed/audio-only', '--workers', '2', '--trace'],
    ['repro', '--ticket', join(ROOT, 'tests/tickets/03-firefox-linux-denied.json')],
  ];
  const leaks: string[] = [];
  let written = 0;
  for (const [i, args] of runs.entries()) {
    const reports = join(work, `reports-${i}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), ...args!, '--target', profile, ...(args![0] === 'repro' ? ['--out', join(reports, 'bundle')] : [])], {
      cwd: ROOT,
      env: { ...process.env, PH_REPORTS_DIR: reports, PH_TEST_SESSION: COOKIE_SECRET },
      encoding: 'utf8',
      timeout: 5 * 60_000,
    });
    assert.ok(r.status === 0 || r.status === 1, `${args!.join(' ')} ran: ${r.status}\n${r.stdout}${r.stderr}`);
    for (const s of SECRETS) if ((r.stdout + r.stderr).includes(s)) leaks.push(`console of ${args!.join(' ')}: ${s}`);
    for (const f of files(reports)) {
      written++;
      const text = await contents(f);
      for (const s of SECRETS) if (text.includes(s)) leaks.push(`${f.slice(reports.length + 1)}: ${s}`);
    }
  }
  assert.ok(written > 20, `the runs wrote files to search (${written})`);
  assert.deepEqual(leaks, []);
});
