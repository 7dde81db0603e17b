// `npm run bench`: speed and memory figures, printed and written to reports/bench.json, never asserted.
// Everything is measured in this one run on this machine, so the ratios compare like with like:
//   (a) the harness on the chromium release cells (and the gecko and webkit release cells);
//   (b) a bare loop that does what a cell must do with Playwright directly, in warm pages
//       (fresh origin, permission through CDP, goto, select the mode, start, wait, read the steps);
//   (c) a naive loop that launches a browser per cell (a sample);
//   growth: 25 … 375 chromium cells, with the fitted fixed cost and per-cell slope;
//   cold start: one cell by id, report included, to exit, as the installed bin and as README types it;
//   the release at a glance: what matrix page, drift, known issues and gate add to that one cell.
// Runs nothing else at the same time: on 2 cores a second browser job would distort every figure.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { loadTarget } from '../harness/app-profile/load-profile.ts';
import { CHROMIUM_BASE_ARGS } from '../harness/engines/chromium/launch-options.ts';
import { defaultTargetPath, REPORTS, ROOT } from '../harness/host/project-paths.ts';
import { loadMatrix } from '../harness/matrix/load-matrix.ts';
import { selectCells } from '../harness/matrix/select.ts';
import { planCells } from '../harness/plan/plan-cells.ts';
import { defaultWorkers } from '../harness/host/default-workers.ts';
import { readCellResults } from '../harness/report/cell-results.ts';
import { startLoopbackServer } from '../harness/server/loopback-server.ts';
import type { CellPlan } from '../harness/contract/cell-plan.ts';
import { formatGlanceCost, measureGlanceCost } from './glance-cost.ts';
import { waitForBackgroundReport } from '../harness/report/allure-report-in-background.ts';
import { geckoFloor, webkitFloor } from './bench-floors.ts';
import { isPlainPlan } from '../harness/plan/plain-plan.ts';

const BIN = join(ROOT, 'bin/permission-harness.mjs');
const quick = process.argv.includes('--quick');

interface Stats {
  n: number;
  medianMs: number;
  p95Ms: number;
}
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, medianMs: Math.round(s[Math.floor(s.length / 2)] ?? NaN), p95Ms: Math.round(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN) };
};
const fmt = (s: Stats) => `median ${s.medianMs} ms, p95 ${s.p95Ms} ms (${s.n} cells)`;

/** Memory of a process and all its descendants, in MB: the sum of their PSS (shared pages split between the processes sharing them), from /proc. */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return 0;
  }
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      rss.set(Number(p), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Runs the CLI in its own reports folder; wall time, peak memory of the whole process tree, the cells' results. */
function runCli(args: string[], command = process.execPath, prefix: string[] = [BIN]): Promise<{ wallMs: number; peakMb: number; code: number; dir: string; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ph-bench-'));
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, [...prefix, ...args], { cwd: ROOT, env: { ...process.env, PH_REPORTS_DIR: dir } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', () => {});
    let peakMb = 0;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 250);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ wallMs: performance.now() - t0, peakMb: Math.round(peakMb), code: code ?? 1, dir, stdout });
    });
  });
}

function releasePlans(engine: string): CellPlan[] {
  const target = loadTarget(defaultTargetPath());
  return planCells(selectCells(loadMatrix(), { suite: 'release', filters: { engine: [engine] } }), target);
}

/** The cells a bare loop can do the same way: one phase, the app on its own origin, no placement, headless. */
function plainCells(plans: CellPlan[]): CellPlan[] {
  return plans.filter(isPlainPlan);
}

/** (b) and (c): the bundled app driven with Playwright directly, as a cell must be. */
async function bareCell(page: Page, plan: CellPlan, origin: string, browserContextId: string, cdp: CDPSession): Promise<number> {
  const t0 = performance.now();
  for (const [name, setting] of Object.entries(plan.condition.permissions ?? {})) {
    await cdp.send('Browser.setPermission', { permission: { name }, setting, origin, browserContextId } as never);
  }
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.selectOption('#mode', plan.cell.mode);
  await page.click('#start');
  await page.waitForSelector('#recording-indicator, #error-popup #error-text', { state: 'visible', timeout: 10_000 });
  await page.locator('#error-popup #steps li').allInnerTexts();
  return performance.now() - t0;
}

async function launch(plan: CellPlan): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_BASE_ARGS, ...((plan.condition.launch as { args?: string[] }).args ?? [])] });
}

async function bareLoop(plans: CellPlan[], lanes: number, naive: boolean): Promise<number[]> {
  const server = await startLoopbackServer(join(ROOT, 'fixtures/recording-app'));
  const times: number[] = [];
  const queue = [...plans];
  let n = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      const warm = new Map<string, { browser: Browser; page: Page; cdp: CDPSession; ctx: string }>();
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        const key = JSON.stringify(plan.condition.launch);
        const origin = `http://c${++n}.bench.localhost:${server.port}`;
        if (naive) {
          const t0 = performance.now();
          const browser = await launch(plan);
          const context = await browser.newContext();
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { browserContextId: string } };
          await bareCell(page, plan, origin, targetInfo.browserContextId, cdp);
          await browser.close();
          times.push(performance.now() - t0);
          continue;
        }
        // A warm page that goes away mid-cell (seen once, right after the release runs had loaded the
        // machine) is replaced by a new browser and the cell measured again there, and the output says so.
        for (let attempt = 1; ; attempt++) {
          let w = warm.get(key);
          if (!w) {
            const browser = await launch(plan);
            const context = await browser.newContext();
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { browserContextId: string } };
            w = { browser, page, cdp, ctx: targetInfo.browserContextId };
            warm.set(key, w);
            await bareCell(page, plan, `http://warmup${n}.bench.localhost:${server.port}`, w.ctx, w.cdp); // first navigation of a page is not a cell's cost
          }
          try {
            times.push(await bareCell(w.page, plan, origin, w.ctx, w.cdp));
            break;
          } catch (e) {
            if (attempt > 1 || !w.page.isClosed()) throw e;
            say(`    (b) the warm page closed during ${plan.cell.id}: measured again in a new browser`);
            await w.browser.close().catch(() => {});
            warm.delete(key);
          }
        }
      }
      await Promise.all([...warm.values()].map((w) => w.browser.close()));
    }),
  );
  await server.close();
  return times;
}

function fit(points: Array<[number, number]>): { fixedMs: number; perCellMs: number } {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const slope = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return { fixedMs: Math.round(my - slope * mx), perCellMs: Math.round(slope) };
}

const out: Record<string, unknown> = { machine: { cores: availableParallelism(), node: process.version }, at: new Date().toISOString() };
const say = (s: string) => console.log(s);

// (a) the harness on each engine's release cells.
const wall: Record<string, number> = {};
const harness: Record<string, Stats> = {};
/** The harness's per-cell times on the cells each bare loop can do the same way. */
const harnessPlain: Record<string, Stats> = {};
let peakMb = 0;
for (const engine of quick ? ['chromium'] : ['chromium', 'gecko', 'webkit']) {
  const r = await runCli(['run', '--suite', 'release', '--engine', engine, '--no-report']);
  const results = readCellResults(join(r.dir, 'cell-results')).filter((x) => x.status !== 'skipped');
  wall[engine] = Math.round(r.wallMs);
  harness[engine] = stats(results.map((x) => x.durationMs));
  peakMb = Math.max(peakMb, r.peakMb);
  const bad = results.filter((x) => x.status !== 'passed').length;
  say(`(a) harness, ${engine} release: wall ${(r.wallMs / 1000).toFixed(1)} s, per cell ${fmt(harness[engine])}, ${bad} not passed, peak memory ${r.peakMb} MB (exit ${r.code})`);
  const plainIds = new Set(plainCells(releasePlans(engine)).map((p) => p.cell.id));
  harnessPlain[engine] = stats(results.filter((x) => plainIds.has(x.id)).map((x) => x.durationMs));
}

if (!quick) say(`(a) the whole release suite, the three engine runs one after another: ${((wall.chromium! + wall.gecko! + wall.webkit!) / 1000).toFixed(1)} s`);

// (b) the bare loop, same chromium cells that need no placement, two lanes as the harness has two workers.
const plain = plainCells(releasePlans('chromium'));
// As many lanes as the harness has workers, so both see the same contention for the cores.
const lanes = defaultWorkers();
const bare = stats(await bareLoop(plain, lanes, false));
say(`(b) bare Playwright loop, chromium (${plain.length} plain cells, ${lanes} lane(s) like the harness's workers, warm pages): per cell ${fmt(bare)}`);
say(`    harness on the same cells: per cell ${fmt(harnessPlain.chromium!)}`);

// The gecko and webkit floors (scripts/bench-floors.ts): the same actions through Playwright's Firefox
// and WebdriverIO's WebKitGTK directly. They do not reproduce emulated refusals or WebKit's relayed
// denial (those cells take the app's success path), so the floor is of the work, not of the verdict.
const floors: Record<string, Stats> = { chromium: bare };
if (!quick) {
  const server = await startLoopbackServer(join(ROOT, 'fixtures/recording-app'));
  floors.gecko = stats(await geckoFloor(plainCells(releasePlans('gecko')), lanes, server.port));
  floors.webkit = stats(await webkitFloor(plainCells(releasePlans('webkit')), server.port));
  await server.close();
  for (const engine of ['gecko', 'webkit'] as const) {
    say(`(b) bare loop, ${engine} (${floors[engine]!.n} plain cells${engine === 'webkit' ? ', one session per launch configuration, 1 lane like the harness' : `, ${lanes} lane(s)`}): per cell ${fmt(floors[engine]!)}`);
    say(`    harness on the same cells: per cell ${fmt(harnessPlain[engine]!)} (${(harnessPlain[engine]!.medianMs / floors[engine]!.medianMs).toFixed(2)}× the floor)`);
  }
}

// (c) the naive loop: a browser per cell, on a sample.
const sample = plain.filter((_, i) => i % Math.ceil(plain.length / 20) === 0);
const naive = stats(await bareLoop(sample, lanes, true));
say(`(c) naive loop (a browser launch per cell, ${sample.length} cells): per cell ${fmt(naive)}`);

// Growth: the fixed cost (launches) and the per-cell slope.
const growth: Array<[number, number]> = [];
if (!quick) {
  const ids = releasePlans('chromium').map((p) => p.cell.id);
  for (const n of [25, 50, 100, 200]) {
    const r = await runCli(['run', ...ids.slice(0, n), '--no-report']);
    growth.push([n, Math.round(r.wallMs)]);
    say(`growth: ${n} chromium cells in ${(r.wallMs / 1000).toFixed(1)} s`);
  }
  growth.push([ids.length, wall.chromium!]);
  const f = fit(growth);
  say(`growth fit: wall ≈ ${f.fixedMs} ms + ${f.perCellMs} ms × cells (${growth.map(([n, ms]) => `${n}: ${(ms / 1000).toFixed(1)} s`).join(', ')})`);
  out.growth = { points: growth, ...f };
}

// Cold start of one cell by id, report included, to exit. A run of a few cells writes its Allure
// report after it exits: each repetition waits for that report (not counted in "to exit", counted in
// "report ready") so the next one does not share the 2 cores with it.
const cold = async (command: string, prefix: string[]) => {
  const exits: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = await runCli(['run', 'chrome/linux/denied/audio-only'], command, prefix);
    exits.push(r.wallMs);
    await waitForBackgroundReport({ marker: join(r.dir, '.allure-report-pending'), log: '' }, 60_000);
    ready.push(performance.now() - t0);
  }
  return { exit: stats(exits).medianMs, reportReady: stats(ready).medianMs };
};
const noReport: number[] = [];
for (let i = 0; i < 5; i++) noReport.push((await runCli(['run', 'chrome/linux/denied/audio-only', '--no-report'])).wallMs);
// Inside this repository the package's own bin is bin/permission-harness.mjs (npm links a package's
// bin into node_modules/.bin of the projects that install it, not into its own).
const viaBin = await cold(process.execPath, [BIN]);
const viaNpx = await cold('npx', ['permission-harness']);
const bareStart = stats(noReport).medianMs;
say(`cold start, one cell to exit (median of 5): ${viaBin.exit} ms via node bin/permission-harness.mjs (its Allure report ready ${viaBin.reportReady} ms after the start), ${viaNpx.exit} ms via npx (report ready ${viaNpx.reportReady} ms); ${bareStart} ms with --no-report`);

// What the release at a glance (matrix page, drift, known issues, gate) adds to that one cell, and Allure's own gate apart.
const glance = await measureGlanceCost();
say(formatGlanceCost(glance));
out.glanceCost = glance;

const ratios = {
  harnessOverBare: +(harnessPlain.chromium!.medianMs / bare.medianMs).toFixed(2),
  naiveOverHarness: +(naive.medianMs / harnessPlain.chromium!.medianMs).toFixed(2),
  harnessOverBareByEngine: Object.fromEntries(Object.entries(floors).filter(([e]) => harnessPlain[e]).map(([e, f]) => [e, +(harnessPlain[e]!.medianMs / f.medianMs).toFixed(2)])),
};
say(`ratios: harness/bare ${ratios.harnessOverBare}×, naive/harness ${ratios.naiveOverHarness}×; peak memory of a run ${peakMb} MB`);
Object.assign(out, { wallMs: wall, harness, harnessPlain, bare, floors, naive, ratios, peakRssMb: peakMb, coldStartMs: { bin: viaBin.exit, npx: viaNpx.exit, binReportReady: viaBin.reportReady, npxReportReady: viaNpx.reportReady, noReport: bareStart } });
mkdirSync(REPORTS.dir, { recursive: true });
writeFileSync(join(REPORTS.dir, 'bench.json'), JSON.stringify(out, null, 2));
say(`figures: ${join(REPORTS.dir, 'bench.json')}`);
