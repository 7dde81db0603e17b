// The run's quality gate, evaluated by the CLI from the run's own results with the same rules, under
// the same names, as allurerc.mjs gives `allure quality-gate` (Allure 3's qualityGate): so a one-cell
// run needs no Allure process to know its exit code, and CI's Allure gate agrees with it.
//   unexpectedFailures   no cell failed or broken unless a known issue expects it (native or emulated alike)
//   minTestsCount        every selected cell left a result
//   environmentsTested   every environment (engine-runner) the plan could run here ran a cell
//   knownIssuesCurrent   no known-issues entry covering a cell of the run has expired
//   driftMessages        no engine answered a state with another message than the baseline (until `drift --accept`)
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { CellResult } from '../contract/cell-result.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import { runKey } from '../contract/cell-plan.ts';
import type { AllureResolutions, KnownIssueOutcome } from './known-issues.ts';
import { resultKey } from './run-summary.ts';

export interface GateRule {
  rule: 'unexpectedFailures' | 'minTestsCount' | 'environmentsTested' | 'knownIssuesCurrent' | 'driftMessages';
  passed: boolean;
  /** One line: what the rule found, naming the cells (or environments, or entries). */
  message: string;
  /** The cells the rule failed on (`<run key> [<runner>]`). */
  cells: string[];
}

export interface GateInput {
  results: readonly CellResult[];
  known: KnownIssueOutcome;
  /** How many cells (runs, per runner) the run selected. */
  selected: number;
  /** Selected cells that left no result. */
  missing: ReadonlyArray<{ id: string; runner: string }>;
  /** The environments (engine-runner) of the selected cells this host can run. */
  requiredEnvironments: readonly string[];
  /** Changed messages against the drift baseline, one line each (drift.ts changes that fail). */
  driftMessages?: readonly string[];
}

export interface GateOutcome {
  passed: boolean;
  rules: GateRule[];
}

/** Every result's Allure environment: the `env` label (cell-labels.ts). */
export const environmentOf = (r: Pick<CellResult, 'cell' | 'runner'>) => `${r.cell.engine}-${r.runner}`;

/** How many names a gate line lists before `+N more`. */
const NAMED = 5;
const list = (items: string[]) => (items.length > NAMED ? `${items.slice(0, NAMED).join('; ')}; +${items.length - NAMED} more` : items.join('; '));

export const expiredText = (issue: KnownIssue, cells: string[]) =>
  `${issue.ticket} (${issue.cells}) expired on ${issue.expires}, covers ${cells.join(', ')}: fix it, renew the date or remove the entry`;

export function evaluateGate(input: GateInput): GateOutcome {
  const { results, known } = input;
  const unexpected = results.filter((r) => (r.status === 'failed' || r.status === 'broken') && !known.known.has(resultKey(r)));
  const failures = unexpected.map((r) => `${runKey(r)} [${environmentOf(r)}] ${r.status} (${r.fidelity}): ${r.failures[0] ?? 'no failure line'}`);
  const reported = input.selected - input.missing.length;
  const tested = new Set(results.filter((r) => r.status !== 'skipped').map(environmentOf));
  const untested = input.requiredEnvironments.filter((e) => !tested.has(e));
  const expired = known.expired.map((e) => expiredText(e.issue, e.cells));
  const rules: GateRule[] = [
    {
      rule: 'unexpectedFailures',
      passed: unexpected.length === 0,
      message: unexpected.length
        ? `${unexpected.length} cell(s) failed or broken that no known issue expects: ${list(failures)}`
        : `no cell failed or broken except known issues (${known.known.size} known)`,
      cells: unexpected.map((r) => `${runKey(r)} [${r.runner}]`),
    },
    {
      rule: 'minTestsCount',
      passed: input.missing.length === 0,
      message: input.missing.length
        ? `${reported} of ${input.selected} selected cell(s) left a result; no result from ${list(input.missing.map((m) => `${m.id} [${m.runner}]`))}`
        : `all ${input.selected} selected cell(s) left a result`,
      cells: input.missing.map((m) => `${m.id} [${m.runner}]`),
    },
    {
      rule: 'environmentsTested',
      passed: untested.length === 0,
      message: untested.length
        ? `environment(s) not tested: ${untested.join(', ')}; expected all of: ${input.requiredEnvironments.join(', ')}`
        : `every required environment was tested${input.requiredEnvironments.length ? `: ${input.requiredEnvironments.join(', ')}` : ''}`,
      cells: [],
    },
    {
      rule: 'knownIssuesCurrent',
      passed: expired.length === 0,
      message: expired.length ? `${expired.length} known issue(s) expired: ${list(expired)}` : 'no known issue covering this run has expired',
      cells: known.expired.flatMap((e) => e.cells),
    },
    {
      rule: 'driftMessages',
      passed: !input.driftMessages?.length,
      message: input.driftMessages?.length
        ? `${input.driftMessages.length} state(s) answered with another message than the baseline: ${list([...input.driftMessages])}; check the app's classification, then \`permission-harness drift --accept\``
        : 'every state answered with its baseline message (or there is no baseline)',
      cells: [],
    },
  ];
  return { passed: rules.every((r) => r.passed), rules };
}

/** The terminal's gate lines: one per failed rule, naming the cells. */
export function formatGate(gate: GateOutcome): string[] {
  if (gate.passed) return [`gate: passed (${gate.rules.map((r) => r.rule).join(', ')})`];
  const failed = gate.rules.filter((r) => !r.passed);
  return [`gate: failed, ${failed.length} rule(s):`, ...failed.map((r) => `  ✗ ${r.rule}: ${r.message}`)];
}

/**
 * What allurerc.mjs reads (reports/allure-gate.json) to give Allure the run's own gate inputs: the
 * selection's size for `minTestsCount` (a cell's repeats and retries are one Allure test: its
 * history), the environments for `environmentsTested`, the expired entries for `knownIssuesCurrent`,
 * and the known issues as Allure resolution rules.
 */
export interface AllureGateFile {
  version: 1;
  selected: number;
  requiredEnvironments: string[];
  expired: string[];
  /** Changed messages against the drift baseline (driftMessages). */
  driftMessages: string[];
  resolutions: AllureResolutions;
  /** md5 of the run's Allure result file names (sorted, one a line): allurerc.mjs ignores a file from another run. */
  resultsFingerprint: string;
}

/** The fingerprint allurerc.mjs recomputes over the results folder it is given. */
export function resultsFingerprint(resultsDir: string): string {
  let files: string[] = [];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json')).sort();
  } catch {
    files = [];
  }
  return createHash('md5').update(files.join('\n')).digest('hex');
}
