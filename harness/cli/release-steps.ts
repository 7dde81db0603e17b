// What `run` does after its cells, besides the Allure report: the known issues, what each engine
// answered (observed.json) against the drift baseline, the quality gate, Allure's gate inputs
// (allure-gate.json), and the release at a glance (matrix.html, summary.json). One function, so the
// bench times exactly what a run adds (scripts/glance-cost.ts).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LoadedKnownIssues } from '../app-profile/load-profile.ts';
import { planRunKey, runKey, type CellPlan } from '../contract/cell-plan.ts';
import type { CellResult } from '../contract/cell-result.ts';
import type { DriftChange, ObservedRecord } from '../contract/observed-record.ts';
import { ROOT, type REPORTS } from '../host/project-paths.ts';
import { labelDrift } from '../report/allure-generate.ts';
import { compareObserved, driftBaseline, recordObserved } from '../report/drift.ts';
import type { HistoryScope } from '../report/history-identity.ts';
import { allureResolutions, classifyKnownIssues, type KnownIssueOutcome } from '../report/known-issues.ts';
import { environmentOf, evaluateGate, expiredText, resultsFingerprint, type AllureGateFile, type GateOutcome } from '../report/quality-gate.ts';
import { writeReleaseGlance } from '../report/release-glance.ts';

export interface ReleaseStepsInput {
  results: CellResult[];
  plans: CellPlan[];
  /** Planned cells that left no result. */
  missing: CellPlan[];
  knownIssues?: LoadedKnownIssues;
  scope: HistoryScope;
  paths: typeof REPORTS;
  /** The committed drift baseline (used when it exists, else the runs before). */
  baselinePath: string;
  /** An Allure report follows: the page and summary become its global attachments. */
  withAllure: boolean;
  /** How the engines ran here (EngineModule.runNotes), kept in summary.json. */
  notes?: string[];
  now?: Date;
}

export interface ReleaseSteps {
  known: KnownIssueOutcome;
  observed: ObservedRecord;
  drift?: { against: string; changes: DriftChange[] };
  gate: GateOutcome;
}


export function releaseSteps(input: ReleaseStepsInput): ReleaseSteps {
  const { results, plans, missing, knownIssues, scope, paths } = input;
  const known = classifyKnownIssues(knownIssues?.issues ?? [], results, input.now);
  // Written before the Allure report so the report carries them as global attachments.
  const observed = recordObserved(paths, results);
  const base = driftBaseline(input.baselinePath, paths.observedPrevious);
  const drift = base ? { against: relative(ROOT, base.path) || base.path, changes: compareObserved(base.record, observed) } : undefined;
  // The gate: the same rules allurerc.mjs gives `allure quality-gate`, evaluated here from the results.
  const requiredEnvironments = [...new Set(plans.filter((p) => !p.unavailable).map((p) => environmentOf({ cell: p.cell, runner: p.runner })))].sort();
  const driftMessages = (drift?.changes ?? []).filter((c) => c.fails).map((c) => `${c.cell ?? c.engine} (${c.engine}): "${c.before}" → "${c.after}"`);
  const gate = evaluateGate({ results, known, selected: plans.length, missing: missing.map((p) => ({ id: planRunKey(p), runner: p.runner })), requiredEnvironments, driftMessages });
  const allureGate: AllureGateFile = {
    version: 1,
    // A cell's repeats and retries are one Allure test (one history): Allure counts the distinct runs.
    selected: new Set(plans.map((p) => `${p.runner}|${runKey({ id: p.cell.id, query: p.query })}`)).size,
    requiredEnvironments,
    expired: known.expired.map((e) => expiredText(e.issue, e.cells)),
    driftMessages,
    resolutions: allureResolutions(known, results, scope),
    resultsFingerprint: resultsFingerprint(paths.allureResults),
  };
  writeFileSync(paths.allureGate, JSON.stringify(allureGate, null, 2) + '\n');
  labelDrift(paths.allureResults, new Set((drift?.changes ?? []).filter((c) => c.fails && c.cell).map((c) => c.cell!)));
  writeReleaseGlance({
    observed,
    ...(drift ? { drift } : {}),
    results,
    scope,
    missing: missing.map((p) => ({ id: p.cell.id, runner: p.runner })),
    paths,
    ...(input.withAllure ? { allureResultsDir: paths.allureResults } : {}),
    known: known.known,
    ...(knownIssues
      ? {
          knownIssues: {
            file: relative(ROOT, knownIssues.path) || knownIssues.path,
            expired: known.expired.map((e) => ({ ticket: e.issue.ticket, cells: e.issue.cells, expires: e.issue.expires, covers: e.cells })),
            unneeded: known.unneeded.map((u) => ({ ticket: u.issue.ticket, cells: u.issue.cells, passed: u.passed })),
          },
        }
      : {}),
    gate,
    ...(input.notes?.length ? { notes: input.notes } : {}),
  });
  return { known, observed, ...(drift ? { drift } : {}), gate };
}
