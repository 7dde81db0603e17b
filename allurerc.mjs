// Allure 3 report: one single-file HTML (opens from file://) over every engine's and runner's results,
// with history kept across runs. Each engine/runner pair is its own environment, so the same cell on
// two engines or runners shows side by side instead of as retries.
import { defineConfig } from 'allure';

const ENVIRONMENTS = ['chromium-playwright', 'gecko-playwright', 'webkit-webdriverio', 'chromium-webdriverio'];

// PH_REPORTS_DIR moves all generated output (the project's own tests use it to stay apart).
const reports = process.env.PH_REPORTS_DIR ?? './reports';

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
    ENVIRONMENTS.map((env) => [env, { matcher: ({ labels }) => labels.some(({ name, value }) => name === 'env' && value === env) }]),
  ),
});
