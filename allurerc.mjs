// Allure 3 report: one single-file HTML (opens from file://) over every engine's and runner's results,
// with history kept across runs. Each engine/runner pair is its own environment, so the same cell on
// two engines or runners shows side by side instead of as retries. The environments are read from the
// results' own `env` labels (engine-runner), so this file names no engine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'allure';

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

// `allure generate <results>`: the results folder is the first argument after the command.
const argv = process.argv.slice(2);
const resultsDir = (argv.includes('generate') && argv[argv.indexOf('generate') + 1]) || `${reports}/allure-results`;

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
});
