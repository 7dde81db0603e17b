// One Allure report over every runner's results: Allure 3's own `allure generate` with the project's
// allurerc.mjs (single file, history kept), run as a child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../host/project-paths.ts';

export function generateAllureReport(resultsDir: string, reportDir: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/allure/cli.js'), 'generate', resultsDir, '--config', join(ROOT, 'allurerc.mjs'), '--output', reportDir], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}
