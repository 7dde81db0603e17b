// What the release at a glance adds to a one-cell run (QA's): known issues, observed.json and drift,
// the quality gate, allure-gate.json, matrix.html and summary.json, i.e. releaseSteps(), the exact
// function `run` calls after its cells; and, apart, what Allure's own `allure quality-gate` costs as
// a separate process (CI and `npm run gate` run it; `run` does not). Median of 5 each, on copies of
// one real run's output so every repetition starts from the same files.
//
//   node --import tsx scripts/glance-cost.ts            # runs chrome/linux/denied/audio-only once, then measures
//   node --import tsx scripts/glance-cost.ts <reports>   # measures on an existing run's reports folder
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTarget } from '../harness/app-profile/load-profile.ts';
import { releaseSteps } from '../harness/cli/release-steps.ts';
import { defaultTargetPath, OBSERVED_BASELINE, REPORTS, ROOT } from '../harness/host/project-paths.ts';
import { readRunPlan } from '../harness/plan/run-plan.ts';
import { runAllureQualityGate } from '../harness/report/allure-generate.ts';
import { readCellResults } from '../harness/report/cell-results.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** REPORTS laid over another folder. */
const pathsIn = (dir: string): typeof REPORTS => Object.fromEntries(Object.entries(REPORTS).map(([k, v]) => [k, join(dir, v.slice(REPORTS.dir.length))])) as typeof REPORTS;

export interface GlanceCost {
  cell: string;
  /** releaseSteps() in the CLI's process, median of 5 (ms). */
  glanceMs: number;
  glanceRunsMs: number[];
  /** `allure quality-gate` over the same results, median of 5 (ms). */
  allureGateMs: number;
  allureGateRunsMs: number[];
}

export async function measureGlanceCost(source?: string, cell = 'chrome/linux/denied/audio-only'): Promise<GlanceCost> {
  let src = source;
  if (!src) {
    src = mkdtempSync(join(tmpdir(), 'ph-glance-src-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/permission-harness.mjs'), 'run', cell], { cwd: ROOT, env: { ...process.env, PH_REPORTS_DIR: src }, encoding: 'utf8' });
    if (r.status === 2 || r.status === null) throw new Error(`the one-cell run failed to start: ${r.stderr}`);
  }
  const target = loadTarget(defaultTargetPath());
  const measured = readCellResults(pathsIn(src).cellResults).map((r) => r.id).join(', ') || cell;
  const glance: number[] = [];
  const gate: number[] = [];
  for (let i = 0; i < 5; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'ph-glance-'));
    cpSync(src, dir, { recursive: true });
    const paths = pathsIn(dir);
    const plan = readRunPlan(paths.runPlan);
    const results = readCellResults(paths.cellResults);
    const t0 = performance.now();
    releaseSteps({
      results, plans: plan.plans, missing: [], ...(target.knownIssues ? { knownIssues: target.knownIssues } : {}),
      scope: { target: target.profile.name, query: plan.query }, paths, baselinePath: OBSERVED_BASELINE, withAllure: true,
    });
    glance.push(performance.now() - t0);
    const t1 = performance.now();
    await runAllureQualityGate(paths.allureResults, { PH_REPORTS_DIR: dir });
    gate.push(performance.now() - t1);
  }
  const round = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10);
  return { cell: measured, glanceMs: Math.round(median(glance) * 10) / 10, glanceRunsMs: round(glance), allureGateMs: Math.round(median(gate)), allureGateRunsMs: round(gate).map(Math.round) };
}

export const formatGlanceCost = (c: GlanceCost) =>
  `one-cell run (${c.cell}): matrix page + drift + known issues + gate add ${c.glanceMs} ms in the CLI (median of 5: ${c.glanceRunsMs.join(', ')}); ` +
  `Allure's own allure quality-gate, a separate process, ${c.allureGateMs} ms (median of 5)`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatGlanceCost(await measureGlanceCost(process.argv[2])));
}
