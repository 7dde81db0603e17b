// One Allure report over every runner's results: Allure 3's own `allure generate` with the project's
// allurerc.mjs (single file, history kept), run as a child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../host/project-paths.ts';
import { rewriteAllureResults } from './allure-result-files.ts';

/** Parameters a runner adds that name nothing the cell id does not already fix. */
const RUNNER_PARAMETERS = new Set(['Project']);

/**
 * allure-playwright adds the Playwright project (the engine, fixed by the cell id) as a parameter
 * that counts in Allure 3's history key; cells run in the CLI's own process have no such parameter.
 * Marked excluded, the same cell keeps one history whichever way it ran. Returns the files changed.
 */
export function excludeRunnerParameters(resultsDir: string): number {
  return rewriteAllureResults(resultsDir, (r) => {
    const own = (r.parameters ?? []).filter((p) => RUNNER_PARAMETERS.has(p.name) && !p.excluded);
    for (const p of own) p.excluded = true;
    return own.length > 0;
  });
}

/**
 * Labels `drift: message` on the results of cells (`<cell id>#<runner>`) whose page got another
 * message than the baseline: allurerc.mjs's "Drift" category groups them. Returns the files changed.
 */
export function labelDrift(resultsDir: string, cells: ReadonlySet<string>): number {
  if (!cells.size) return 0;
  return rewriteAllureResults(resultsDir, (r) => {
    const labels = r.labels ?? [];
    const value = (name: string) => labels.find((l) => l.name === name)?.value ?? '';
    const key = `${['browser', 'os', 'state', 'mode'].map(value).join('/')}#${value('runner')}`;
    if (!cells.has(key) || labels.some((l) => l.name === 'drift')) return false;
    labels.push({ name: 'drift', value: 'message' });
    r.labels = labels;
    return true;
  });
}

/** `allure quality-gate` over the results with allurerc.mjs's gate (CI and `npm run gate`); resolves with its exit code and output. */
export function runAllureQualityGate(resultsDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/allure/cli.js'), 'quality-gate', resultsDir, '--config', join(ROOT, 'allurerc.mjs')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (e) => resolve({ code: 1, output: String(e) }));
  });
}

export function generateAllureReport(resultsDir: string, reportDir: string): Promise<number> {
  excludeRunnerParameters(resultsDir);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/allure/cli.js'), 'generate', resultsDir, '--config', join(ROOT, 'allurerc.mjs'), '--output', reportDir], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}
