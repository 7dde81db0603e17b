// Allure 3 report: one single-file HTML (opens from file://) over every engine's and runner's results,
// with history kept across runs. Each engine/runner pair is its own environment, so the same cell on
// two engines or runners shows side by side instead of as retries. The environments are read from the
// results' own `env` labels (engine-runner), so this file names no engine.
//
// The quality gate (`allure quality-gate`, `npm run gate`) has the same rules, under the same names, as
// the CLI's own gate (harness/report/quality-gate.ts): no cell failed or broken unless a known issue
// expects it, every selected cell reported, every required environment tested, no expired known issue.
// The run's inputs to it (selection size, environments, expired entries, and the target's known issues
// as Allure resolution rules) are in reports/allure-gate.json, written by `run`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'allure';
import { qualityGateDefaultRules } from 'allure/rules';

// Allure 3.18's quality gate collects its results with `Iterator.prototype.toArray` (Node 22); on the
// Node 20 this project supports, that throws "toArray is not a function". The same helper, defined
// only where it is missing, lets Allure's own gate run unchanged.
const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
if (typeof iteratorPrototype.toArray !== 'function') {
  Object.defineProperty(iteratorPrototype, 'toArray', {
    configurable: true,
    writable: true,
    value: function toArray() {
      return Array.from({ [Symbol.iterator]: () => this });
    },
  });
}

// PH_REPORTS_DIR moves all generated output (the project's own tests use it to stay apart).
const reports = process.env.PH_REPORTS_DIR ?? './reports';

function environmentsIn(resultsDir) {
  const names = new Set();
  let files = [];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json'));
  } catch {
    return [];
  }
  for (const f of files) {
    try {
      const env = JSON.parse(readFileSync(join(resultsDir, f), 'utf8')).labels?.find((l) => l.name === 'env')?.value;
      if (env) names.add(env);
    } catch {
      // a result being written while the report is generated: skip it
    }
  }
  return [...names].sort();
}

/** md5 of the result file names, sorted, one a line (as `run` computes it into allure-gate.json). */
function resultsFingerprint(resultsDir) {
  let files = [];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith('-result.json')).sort();
  } catch {
    files = [];
  }
  return createHash('md5').update(files.join('\n')).digest('hex');
}

/**
 * The run's gate inputs, when they describe these results: without a `run` (results from
 * `npx playwright test`), or over another run's results, only the failure rule applies.
 */
function gateInputs(resultsDir) {
  let gate;
  try {
    gate = JSON.parse(readFileSync(`${reports}/allure-gate.json`, 'utf8'));
  } catch {
    return undefined;
  }
  if (gate.resultsFingerprint === resultsFingerprint(resultsDir)) return gate;
  console.error(`${reports}/allure-gate.json describes another run's results: known issues and the selection rules are left out`);
  return undefined;
}

// `allure generate <results>` / `allure quality-gate <results>`: the results folder is the first argument after the command.
const argv = process.argv.slice(2);
const command = argv.find((a) => a === 'generate' || a === 'quality-gate');
const resultsDir = (command && argv[argv.indexOf(command) + 1]) || `${reports}/allure-results`;
const gate = gateInputs(resultsDir);

const label = (tr, name) => tr.labels?.find((l) => l.name === name)?.value;
const cellOf = (tr) => ['browser', 'os', 'state', 'mode'].map((n) => label(tr, n)).join('/');
const unsuccessful = (tr) => tr.status === 'failed' || tr.status === 'broken';
// Under Playwright Test a state not reached is Allure status "failed"; the `verdict` label has the harness's own word.
const describe = (tr) =>
  `${cellOf(tr)} [${label(tr, 'env') ?? tr.environment}] ${label(tr, 'verdict') ?? tr.status} (${label(tr, 'fidelity')}): ${(tr.error?.message ?? '').split('\n')[0] || 'no failure line'}`;

/** Like Allure's maxFailures, but a failure resolved as a known issue (resolution `issue`) does not count, and the message names the cells. */
const unexpectedFailures = {
  rule: 'unexpectedFailures',
  message: ({ actual, expected }) =>
    `${actual.length} cell(s) failed or broken that no known issue expects (allowed ${expected}): ${actual.length > 5 ? `${actual.slice(0, 5).join('; ')}; +${actual.length - 5} more` : actual.join('; ')}`,
  successMessage: () => 'no cell failed or broken except known issues',
  validate: async ({ trs, expected, state }) => {
    const bad = trs.filter((tr) => unsuccessful(tr) && tr.resolution !== 'issue');
    const actual = [...(state.getResult() ?? []), ...bad.map(describe)];
    state.setResult(actual, bad.map((tr) => tr.id));
    return { success: actual.length <= expected, actual, testResults: bad.map((tr) => tr.id) };
  },
};

/** A known-issues entry past its date fails the gate until it is renewed or removed (the CLI lists them into allure-gate.json). */
const knownIssuesCurrent = {
  rule: 'knownIssuesCurrent',
  message: ({ expected }) => `${expected.length} known issue(s) expired: ${expected.join('; ')}`,
  successMessage: () => 'no known issue covering this run has expired',
  validate: async ({ expected }) => ({ success: expected.length === 0, actual: expected.length, testResults: [] }),
};

/** A state the engine answered with another message than the drift baseline fails until `drift --accept` (the CLI lists them into allure-gate.json). */
const driftMessages = {
  rule: 'driftMessages',
  message: ({ expected }) => `${expected.length} state(s) answered with another message than the baseline: ${expected.join('; ')}; check the app's classification, then permission-harness drift --accept`,
  successMessage: () => 'every state answered with its baseline message (or there is no baseline)',
  validate: async ({ expected }) => ({ success: expected.length === 0, actual: expected.length, testResults: [] }),
};

const rules = [{ unexpectedFailures: 0 }];
if (gate) {
  rules.push({ minTestsCount: gate.selected });
  // A skipped cell (it cannot run here) does not make its environment tested.
  rules.push({ environmentsTested: gate.requiredEnvironments, filter: (tr) => tr.status !== 'skipped' });
  rules.push({ knownIssuesCurrent: gate.expired });
  rules.push({ driftMessages: gate.driftMessages ?? [] });
}

const cause = (value) => ({ labels: { cause: `^${value}$` } });

export default defineConfig({
  name: 'permission-harness',
  output: `${reports}/allure-report`,
  historyPath: `${reports}/allure-history.jsonl`,
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportName: 'permission-harness',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
  environments: Object.fromEntries(
    environmentsIn(resultsDir).map((env) => [env, { matcher: ({ labels }) => labels.some(({ name, value }) => name === 'env' && value === env) }]),
  ),
  // Known issues: Allure's own resolutions, one `issue` rule per entry that made a cell of the run known
  // (by test case id and the entry's failure pattern), linked to its ticket. Allure lists them on its
  // Resolutions tab and writes them to allure-known-issues.json.
  ...(gate?.resolutions?.rules.length ? { resolutions: { ...gate.resolutions, knownIssuesPath: `${reports}/allure-known-issues.json` } } : {}),
  qualityGate: { rules, use: [...qualityGateDefaultRules, unexpectedFailures, knownIssuesCurrent, driftMessages] },
  // Failures grouped by cause (the `cause` label the harness sets, `drift` after comparing with the
  // baseline); the first match wins, so a changed message is drift before it is an app defect.
  categories: [
    { id: 'environment', name: 'Environment: browser or driver missing, failed to start or crashed', matchers: cause('environment') },
    { id: 'drift', name: 'Drift: the browser answered another message than the baseline', matchers: { labels: { drift: '^message$' } } },
    { id: 'state-not-reached', name: 'State not reached (broken): the harness could not put the browser in the state', matchers: cause('state-not-reached') },
    { id: 'app-defect', name: 'App defect: wrong or missing step, swallowed error, wrong request', matchers: cause('app-defect') },
  ],
});
