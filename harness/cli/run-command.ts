// `run`: selection → plans → each runner in its own process (Playwright Test, WebdriverIO) over one
// plan file → the summary table from every cell's result → one Allure report.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readCellResults } from '../run/cell-result.ts';
import { checkReachable } from '../run/open-stage.ts';
import { REPORTS, ROOT } from '../run/project-paths.ts';
import { writeRunPlan } from '../run/run-plan.ts';
import { runInProcess } from '../runners/in-process.ts';
import { summaryTable } from '../report/summary-table.ts';
import { EnvironmentError, UsageError } from '../util/errors.ts';
import { parseQuery, type Flags } from './parse-args.ts';
import { planFromFlags } from './select-from-flags.ts';

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const IN_PROCESS_MAX = 3;

/** Playwright records video with its own ffmpeg build, downloaded beside its browsers. */
function playwrightFfmpeg(): boolean {
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  return existsSync(base) && readdirSync(base).some((d) => d.startsWith('ffmpeg'));
}

export async function runCommand(positionals: string[], flags: Flags): Promise<number> {
  const planned = planFromFlags(positionals, flags);
  const { plans, target } = planned;
  const query = parseQuery(flags.query);
  // A browser or cell the user named exactly, that this host cannot run, is an error with the install
  // hint, not a silent skip. Suites and globs skip such cells with the reason instead.
  const named = !!flags.browser || !!flags.engine || positionals.some((p) => !p.includes('*'));
  const hostGap = plans.find((p) => p.unavailable?.includes('cannot run on this host'));
  if (named && hostGap) throw new EnvironmentError(hostGap.unavailable!);
  if (!target.profile.serve && !flags['dry-run']) await checkReachable(flags.url ?? target.profile.url);
  if (flags.workers && !/^\d+$/.test(flags.workers)) throw new UsageError(`--workers expects a number, got "${flags.workers}"`);
  if (flags.video && plans.some((p) => p.runner === 'playwright') && !playwrightFfmpeg()) {
    throw new EnvironmentError("--video needs Playwright's ffmpeg, which is not installed; where the network allows: npx playwright install ffmpeg (screenshots and --trace work without it)");
  }
  if (flags.slowmo && !/^\d+$/.test(flags.slowmo)) throw new UsageError(`--slowmo expects milliseconds, got "${flags.slowmo}"`);

  rmSync(REPORTS.cellResults, { recursive: true, force: true });
  rmSync(REPORTS.allureResults, { recursive: true, force: true });
  rmSync(REPORTS.traces, { recursive: true, force: true });
  mkdirSync(REPORTS.dir, { recursive: true });
  const runPlanData = { targetProfile: planned.targetPath, query, url: flags.url, plans };
  writeRunPlan(REPORTS.runPlan, runPlanData);

  const counts = (runner: string) => plans.filter((p) => p.runner === runner).length;
  console.log(
    `permission-harness: ${plans.length} cell(s) against "${target.profile.name}" — ${counts('playwright')} via Playwright, ${counts('webdriverio')} via WebdriverIO`,
  );
  const env: NodeJS.ProcessEnv = {
    PH_RUN_PLAN: REPORTS.runPlan,
    PH_UNDER_CLI: '1',
    PH_CELL_RESULTS: REPORTS.cellResults,
    PH_ALLURE_RESULTS: REPORTS.allureResults,
    ...(flags.workers ? { PH_WORKERS: flags.workers } : {}),
    ...(flags.headed ? { PH_HEADED: '1' } : {}),
    ...(flags.slowmo ? { PH_SLOWMO: flags.slowmo } : {}),
    ...(flags.trace ? { PH_TRACE_DIR: REPORTS.traces } : {}),
    ...(flags.video ? { PH_VIDEO_DIR: REPORTS.videos } : {}),
  };
  // A QA engineer's few cells run in this process (seconds); anything larger gets Playwright Test's workers.
  const inProcess = counts('webdriverio') === 0 && plans.length <= IN_PROCESS_MAX && !flags.workers && process.env.PH_IN_PROCESS !== '0';
  if (inProcess) {
    Object.assign(process.env, env);
    await runInProcess(runPlanData, target, REPORTS.allureResults);
  } else if (counts('playwright')) {
    await runProcess(process.execPath, [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', join(ROOT, 'playwright.config.ts')], env);
  }
  if (counts('webdriverio')) {
    await runProcess(process.execPath, [join(ROOT, 'node_modules/@wdio/cli/bin/wdio.js'), 'run', join(ROOT, 'wdio.conf.ts')], env);
  }

  const results = readCellResults(REPORTS.cellResults);
  const missing = plans.filter((p) => !results.some((r) => r.id === p.cell.id && r.runner === p.runner));
  console.log(summaryTable(results));
  if (missing.length) console.log(`\n${missing.length} planned cell(s) left no result (runner crashed?): ${missing.slice(0, 5).map((p) => p.cell.id).join(', ')}`);
  if (!flags['no-report']) await generateReport();
  if (flags.trace) console.log(`traces: ${REPORTS.traces} (Playwright: npx playwright show-trace <file>.zip; WebdriverIO: wdio-*.log)`);
  if (flags.video) console.log(`videos: ${REPORTS.videos}`);
  const bad = results.some((r) => r.status === 'failed' || r.status === 'broken') || missing.length > 0;
  return bad ? 1 : 0;
}

export async function generateReport(): Promise<void> {
  const code = await runProcess(
    process.execPath,
    [join(ROOT, 'node_modules/allure/cli.js'), 'generate', REPORTS.allureResults, '--config', join(ROOT, 'allurerc.mjs'), '--output', REPORTS.allureReport],
    {},
  );
  if (code === 0) console.log(`report: file://${join(REPORTS.allureReport, 'index.html')}`);
  else console.log(`allure generate exited ${code}; results stay in ${REPORTS.allureResults}`);
}
