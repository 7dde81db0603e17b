// Allure 3 report: one single-file HTML (opens from file://) over every engine's and runner's results,
// with history kept across runs.
import { defineConfig } from 'allure';

export default defineConfig({
  name: 'permission-harness',
  output: './reports/allure-report',
  historyPath: './reports/allure-history.jsonl',
  plugins: {
    awesome: {
      options: {
        singleFile: true,
        reportName: 'permission-harness',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
});
