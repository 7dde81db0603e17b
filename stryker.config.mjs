// StrykerJS over the bundled recording app (`npm run mutation`): Stryker mutates the app's own code
// (the diagnosis of an error and the steps it shows), and for each mutant runs the harness's cells
// through its command runner (scripts/mutation-run.ts), which switches the mutant on in the page (an
// init script sets what Stryker's instrumented code reads) and exits 1 only when a cell *failed* on
// the app. The kill rate is Stryker's own; the hand-written defect variants are `npm run selftest`.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: { command: 'node --import tsx scripts/mutation-run.ts' },
  // The diagnosis (which cause an error means) and the steps each cause shows: what a playbook judges.
  // `npx stryker run --mutate fixtures/recording-app/app.js:249-277` narrows it further.
  mutate: ['fixtures/recording-app/app.js:228-277', 'fixtures/recording-app/app.js:401-559'],
  // The command runner cannot tell Stryker which test covers which mutant: every mutant runs every cell.
  coverageAnalysis: 'off',
  // One browser job at a time: a mutant's cells already keep the cores busy.
  concurrency: 1,
  timeoutMS: 120_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: 'reports/.stryker-tmp',
  // Stryker copies the project into a sandbox per run; generated output need not travel.
  ignorePatterns: ['reports', '.git'],
  cleanTempDir: 'always',
};
