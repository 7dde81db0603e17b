// Faults under a run: the browser killed in the middle of a cell, its page crashing, the app's server
// stopping, the WebDriver driver killed, the X display dying. Each ends as a clear failure of that
// cell classified as environment (broken, `brokenBy: environment`: not the app, not a pass), the next
// cell runs on fresh browsers and servers and passes, and the Allure report is still written.
// (A capture call that never settles is the same kind of failure: harness/verdict/verdict.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadTarget } from '../../harness/app-profile/load-profile.ts';
import type { CellReporter } from '../../harness/contract/session.ts';
import { drivePlan } from '../../harness/drive/drive-plan.ts';
import { loadMatrix } from '../../harness/matrix/load-matrix.ts';
import { selectCells } from '../../harness/matrix/select.ts';
import { planCells } from '../../harness/plan/plan-cells.ts';
import { AllureDirectRun } from '../../harness/report/allure-direct-reporter.ts';
import { generateAllureReport } from '../../harness/report/allure-generate.ts';
import { writeFileSync } from 'node:fs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = join(ROOT, 'fixtures/recording-app');

/** Processes below this one whose command line matches. */
function descendants(match: (cmdline: string) => boolean): number[] {
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmd.set(Number(p), readFileSync(`/proc/${p}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // gone while reading
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...cmd.entries()].filter(([pid, c]) => below(pid) && match(c)).map(([pid]) => pid);
}
const kill = (pids: number[]) => {
  assert.ok(pids.length, 'a process to kill');
  for (const p of pids) process.kill(p, 'SIGKILL');
};

/** The test's own app server (the profile points at it, as at a staging app), stoppable and restartable on its port. */
function appServer() {
  const server = http.createServer((req, res) => {
    const path = join(APP, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(APP) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  let port = 0;
  return {
    start: () => new Promise<number>((r) => server.listen(port, '127.0.0.1', () => r((port = (server.address() as { port: number }).port)))),
    stop: () => new Promise<void>((r) => { if (!server.listening) return r(); server.close(() => r()); server.closeAllConnections(); }),
  };
}

type Fault = { at: string; what: string; inject: () => void | Promise<void> };

test('each fault fails its own cell as environment; the next cell runs fresh and passes; the report is written', async (t) => {
  const server = appServer();
  const port = await server.start();
  // A failure below must not leave the server holding the test process open.
  t.after(() => server.stop());
  const work = mkdtempSync(join(tmpdir(), 'ph-faults-'));
  const profilePath = join(work, 'profile.json');
  const profile = JSON.parse(readFileSync(join(APP, 'profile.json'), 'utf8')) as Record<string, unknown>;
  delete profile.serve;
  delete profile.knownIssues;
  writeFileSync(profilePath, JSON.stringify({ ...profile, url: `http://127.0.0.1:${port}/index.html`, playbook: join(APP, 'playbook.json') }));
  const target = loadTarget(profilePath);

  const faults: Record<number, Fault> = {
    0: { at: 'start', what: 'browser killed', inject: () => kill(descendants((c) => /chromium/.test(c) && !c.includes('--type='))) },
    2: { at: 'start', what: 'page crashed', inject: () => kill(descendants((c) => /chromium/.test(c) && c.includes('--type=renderer'))) },
    4: { at: 'open app', what: 'app server stopped', inject: () => server.stop() },
    6: { at: 'start', what: 'WebDriver driver killed', inject: () => kill(descendants((c) => c.includes('WebKitWebDriver'))) },
    8: { at: 'start', what: 'X display died', inject: () => kill(descendants((c) => c.startsWith('Xvfb'))) },
  };
  const SEQUENCE = [
    'chrome/linux/denied/audio-only', 'chrome/linux/granted/audio-only',
    'chrome/linux/denied/audio-only', 'chrome/linux/granted/audio-only',
    'chrome/linux/denied/audio-only', 'chrome/linux/granted/audio-only',
    'safari/macos/denied/audio-only', 'safari/macos/granted/audio-only',
    'safari/macos/denied/audio-only', 'safari/macos/granted/audio-only',
  ];
  const cells = selectCells(loadMatrix(), { ids: [...new Set(SEQUENCE)] });
  const plans = planCells(SEQUENCE.map((id) => cells.find((c) => c.id === id)!), target, {});
  const allureDir = join(work, 'allure-results');
  const allure = new AllureDirectRun(allureDir);
  let n = -1;
  const outcomes = await drivePlan(
    { targetProfile: profilePath, query: {}, options: { headed: false, underCli: false, cellResultsDir: join(work, 'cells'), allureResultsDir: allureDir }, plans },
    {
      start: (plan) => {
        const fault = faults[++n];
        const cell = allure.startCell(plan.cell.id);
        const reporter: CellReporter = {
          step: async (name, body) => {
            if (fault && name.startsWith(fault.at)) await fault.inject();
            return cell.step(name, body);
          },
          metadata: (m) => cell.metadata(m),
          attach: (a, b, c) => cell.attach(a, b, c),
        };
        return Object.assign(reporter, { cell });
      },
      finish: async (_plan, reporter, outcome) => {
        const r = outcome.kind === 'ran' ? outcome.result : undefined;
        (reporter as unknown as { cell: ReturnType<AllureDirectRun['startCell']> }).cell.finish(r?.status ?? 'skipped');
        // The stopped server is back for the cell after its fault.
        if (n === 4) await server.start();
      },
    },
    { target },
  );
  const results = outcomes.map((o) => (o.kind === 'ran' ? o.result : assert.fail(`skipped: ${o.reason}`)));
  const lines = results.map((r, i) => `${i} ${r.id} ${r.status}${r.brokenBy ? `/${r.brokenBy}` : ''}: ${r.failures[0] ?? ''}`);
  for (const [i, r] of results.entries()) {
    if (faults[i]) {
      assert.equal(`${r.status}/${r.brokenBy}`, 'broken/environment', `${faults[i]!.what}: ${lines[i]}\n${lines.join('\n')}`);
      assert.match(r.failures[0]!, /^environment: /, lines[i]);
    } else assert.equal(r.status, 'passed', `the cell after a fault runs fresh: ${lines[i]}\n${lines.join('\n')}`);
  }
  assert.equal(readdirSync(allureDir).filter((f) => f.endsWith('-result.json')).length, SEQUENCE.length);
  assert.equal(await generateAllureReport(allureDir, join(work, 'allure-report')), 0);
  assert.ok(existsSync(join(work, 'allure-report/index.html')), 'the report is written');
});
