// `run`: selection → plans → one run plan file → each runner's cells (a few cells, and runners with
// no test runner of their own, in this process through drivePlan; larger Playwright runs through
// Playwright Test's workers) → known issues, drift and the quality gate → the summary table from every
// cell's result → matrix.html and summary.json (the release at a glance) → one Allure report. The exit
// code is the gate's.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions } from '../contract/run-options.ts';
import { checkReachable } from '../drive/stage.ts';
import { defaultWorkers } from '../host/default-workers.ts';
import { REPORTS, ROOT } from '../host/project-paths.ts';
import { applyRunKeyQueries, expandRuns, parseRunKeyArg } from '../plan/expand-runs.ts';
import { orderByLaunchGroup } from '../plan/launch-groups.ts';
import { writeRunPlan, type RunPlan } from '../plan/run-plan.ts';
import { loadKnownIssues } from '../app-profile/load-profile.ts';
import { runners } from '../runners/registry.ts';
import { EnvironmentError, UsageError } from '../util/errors.ts';
import { globToRegExp } from '../util/glob.ts';
import { runInProcess } from './run-in-process.ts';
import { closeRun } from './close-run.ts';
import { recordSnapshot } from './record-snapshot.ts';
import { readCellResults } from '../report/cell-results.ts';
import { containerNeeds, containersFromFlags, resolveStandIns, startContainerBrowsers, type ContainerBrowsers } from './container-browsers.ts';
import { attachContainerLogs } from '../report/attach-container-logs.ts';
import { waitForBackgroundReport } from '../report/allure-report-in-background.ts';
import { parseQuery, parseVariants, type Flags } from './parse-args.ts';
import { gridCapabilitiesFromFlags } from './remote-flags.ts';
import { planFromFlags, shardFromFlags } from './select-from-flags.ts';

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** Up to this many cells run in the CLI's own process (no test-runner start-up): QA's one cell in about a second. */
const IN_PROCESS_MAX = 3;

/** Playwright records video with its own ffmpeg build, downloaded beside its browsers. */
function playwrightFfmpeg(): boolean {
  const base = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  return existsSync(base) && readdirSync(base).some((d) => d.startsWith('ffmpeg'));
}

function number(flag: string, value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} expects ${what}, got "${value}"`);
  return Number(value);
}

/**
 * `record` is `run` that writes the snapshot afterwards: cells the snapshot lacks are recorded, the
 * others compared; `--update` (on either) records every cell, accepting its differences.
 */
export async function runCommand(positionals: string[], flags: Flags, command: 'run' | 'record' = 'run'): Promise<number> {
  // A positional may be a run key as the summary prints it (`<id>?defect=x`): it selects its cell and
  // gives that run its own query.
  const keyed = positionals.map(parseRunKeyArg);
  const planned = planFromFlags([...new Set(keyed.map((k) => k.pattern))], flags);
  const { target } = planned;
  const snapshotMode = flags.update ? ('update' as const) : command === 'record' ? ('record' as const) : undefined;
  if (snapshotMode && !target.snapshot) {
    throw new UsageError(
      `${command}${flags.update ? ' --update' : ''} needs a snapshot to record into: add "snapshot": "playbook.snapshot.json" (relative to the profile) to ${target.source}`,
    );
  }
  const query = parseQuery(flags.query);
  const variants = parseVariants(flags.variants);
  if (variants && variants.key in query) throw new UsageError(`--variants ${variants.key}=… and --query ${variants.key}=… both set "${variants.key}": use one`);
  const repeatEach = number('repeat-each', flags['repeat-each'], 'a number of runs per cell');
  const retries = number('retries', flags.retries, 'a number of retries');
  if (repeatEach === 0) throw new UsageError('--repeat-each expects a number of at least 1, got "0"');
  const selected = applyRunKeyQueries(planned.plans, keyed, (pattern, id) => globToRegExp(pattern, '/').test(id));
  const { plans: plannedRuns, shard, of } = shardFromFlags(expandRuns(selected, { ...(variants ? { variants } : {}), ...(repeatEach ? { repeatEach } : {}) }), flags);
  // A browser or cell the user named exactly, that this host cannot run, is an error with the install
  // hint, not a silent skip. Suites and globs skip such cells with the reason instead.
  const named = !!flags.browser || !!flags.engine || keyed.some((k) => !k.pattern.includes('*'));
  const hostGap = plannedRuns.find((p) => p.unavailable?.includes('cannot run on this host'));
  if (named && hostGap) throw new EnvironmentError(hostGap.unavailable!);
  // `--url`: an absolute http(s) URL, or a path on the folder the profile serves; checked before anything is written.
  if (flags.url !== undefined && !/^https?:\/\/[^\s]+$/.test(flags.url) && !(target.profile.serve && /^\/[^\s]*$/.test(flags.url))) {
    throw new UsageError(`--url expects an absolute http:// or https:// URL${target.profile.serve ? ' or a path on the served folder starting with /' : ''}, got "${flags.url}"`);
  }
  // The target's known issues (profile `knownIssues`, or `--known-issues <file>`): validated before anything runs.
  const knownIssues = flags['known-issues'] !== undefined ? loadKnownIssues(flags['known-issues']) : target.knownIssues;
  const remoteUrl = flags.url && /^https?:/.test(flags.url) ? flags.url : target.profile.serve ? undefined : target.profile.url;
  if (remoteUrl && !flags['dry-run']) await checkReachable(remoteUrl);
  const gridCapabilities = gridCapabilitiesFromFlags(flags);
  const workers = number('workers', flags.workers, 'a number');
  const slowMoMs = number('slowmo', flags.slowmo, 'milliseconds');
  if (workers === 0) throw new UsageError('--workers expects a number of at least 1, got "0"');
  if (flags.video && plannedRuns.some((p) => p.runner === 'playwright') && !playwrightFfmpeg()) {
    throw new EnvironmentError("--video needs Playwright's ffmpeg, which is not installed; where the network allows: npx playwright install ffmpeg (screenshots and --trace work without it)");
  }

  // `--browsers-from containers`: start what the plan needs (or say why not) and give the cells its endpoints.
  const containerRequest = containersFromFlags(flags);
  let containers: ContainerBrowsers | undefined;
  let plans = plannedRuns;
  if (containerRequest) {
    const needs = containerNeeds(plannedRuns);
    const why = needs.gridEngines.length || needs.browserServers ? await (await import('../host/containers/index.ts')).dockerUnavailableReason() : undefined;
    if (why) plans = resolveStandIns(plannedRuns, { unavailable: why });
    else if (needs.gridEngines.length || needs.browserServers) {
      containers = await startContainerBrowsers(needs, containerRequest.nodes, (line) => console.log(`containers: ${line}`));
      plans = resolveStandIns(plannedRuns, containers);
    }
  }
  try {
    return await runPlanned();
  } finally {
    await containers?.stop();
  }

  async function runPlanned(): Promise<number> {
  // A report an earlier small run is still writing from these results: let it finish first.
  await waitForBackgroundReport({ marker: REPORTS.allureReportPending, log: REPORTS.allureReportLog });
  rmSync(REPORTS.cellResults, { recursive: true, force: true });
  rmSync(REPORTS.allureResults, { recursive: true, force: true });
  rmSync(REPORTS.traces, { recursive: true, force: true });
  rmSync(REPORTS.containerLogs, { recursive: true, force: true });
  rmSync(REPORTS.allureGate, { force: true });
  mkdirSync(REPORTS.dir, { recursive: true });
  const options: RunOptions = {
    headed: !!flags.headed,
    ...(slowMoMs !== undefined ? { slowMoMs } : {}),
    ...(flags.trace ? { traceDir: REPORTS.traces } : {}),
    ...(flags.video ? { videoDir: REPORTS.videos } : {}),
    ...(workers ? { workers } : {}),
    ...(retries ? { retries } : {}),
    ...(gridCapabilities ? { gridCapabilities } : {}),
    cellResultsDir: REPORTS.cellResults,
    allureResultsDir: REPORTS.allureResults,
    underCli: true,
    ...(snapshotMode ? { snapshot: snapshotMode } : {}),
    // StrykerJS's command runner names the mutant to switch on in our environment (`npm run mutation`).
    ...(process.env.__STRYKER_ACTIVE_MUTANT__ ? { activeMutant: process.env.__STRYKER_ACTIVE_MUTANT__ } : {}),
  };
  // Group by launch configuration so every runner reuses each browser for a whole group.
  const runPlan: RunPlan = { targetProfile: planned.targetPath, query, ...(flags.url ? { url: flags.url } : {}), options, plans: orderByLaunchGroup(plans), ...(shard ? { shard: { ...shard, of } } : {}) };
  writeRunPlan(REPORTS.runPlan, runPlan);

  const shardNote = shard ? `shard ${shard.index}/${shard.total} of ${of} run(s): ` : '';
  if (!plans.length) {
    // More shards than runs: this job has nothing to do, and says so (merge reads its empty plan).
    console.log(`permission-harness: ${shardNote}no cells in this shard`);
    return 0;
  }
  const byRunner = runners.names().map((name) => ({ entry: runners.get(name), count: plans.filter((p) => p.runner === name).length })).filter((r) => r.count);
  console.log(`permission-harness: ${shardNote}${plans.length} cell(s) against "${target.profile.name}" — ${byRunner.map((r) => `${r.count} via ${r.entry.label}`).join(', ')}`);

  // A QA engineer's few cells run in this process (seconds). A runner's own test runner (Playwright
  // Test) is used only where it adds parallel workers: with one worker it costs about 0.25 s per cell
  // here (its reporters and worker messages) and gives nothing this process does not.
  const small = plans.length <= IN_PROCESS_MAX && !workers;
  const parallel = (workers ?? defaultWorkers()) > 1;
  const batched = byRunner.filter((r) => r.entry.batch && !small && parallel);
  const inProcess = byRunner.filter((r) => !batched.includes(r)).map((r) => r.entry.name);
  // Runners that share a test runner (Playwright's local and browser-server cells) share one start of it.
  for (const batch of new Set(batched.map((r) => r.entry.batch!))) {
    await runProcess(process.execPath, [join(ROOT, batch.script), ...batch.args], { PH_RUN_PLAN: REPORTS.runPlan });
  }
  const inProcessRun = inProcess.length ? await runInProcess(runPlan, target, inProcess) : undefined;
  if (containers) {
    const logs = await containers.logs();
    attachContainerLogs(REPORTS.allureResults, REPORTS.containerLogs, logs);
    console.log(`container logs: ${REPORTS.containerLogs} (${logs.length}, also attached to the cells they served)`);
  }

  // Written before the run closes, so the summary's last lines say what the recording holds now.
  const recorded = snapshotMode ? recordSnapshot(target, readCellResults(REPORTS.cellResults), snapshotMode) : [];
  const gatePassed = await closeRun({ plans, targetName: target.profile.name, query, ...(knownIssues ? { knownIssues } : {}), withReport: !flags['no-report'], reportInBackground: small && !flags['wait-for-report'] });
  for (const line of recorded) console.log(line);
  // The in-process cells' browsers closed while the summary was written; a run ends with them closed.
  await inProcessRun?.closed;
  if (flags.trace) console.log(`traces: ${REPORTS.traces} (Playwright: npx playwright show-trace <file>.zip; WebdriverIO: wdio-*.log)`);
  if (flags.video) console.log(`videos: ${REPORTS.videos}`);
  // The exit code is the gate's: a known issue failing as expected passes, an expired entry fails.
  return gatePassed ? 0 : 1;
  }
}
