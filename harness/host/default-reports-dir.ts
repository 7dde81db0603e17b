// Where a run writes when neither --output nor PH_REPORTS_DIR says: a team that runs the tool from its
// own project (installed as a dependency, or `npx` from a checkout elsewhere) gets `./reports` in that
// project, not in the tool's folder under node_modules; inside the tool's own checkout, its reports/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `<cwd>/reports` when the working directory is another project (it has a package.json, or already a
 * reports/ folder); undefined (the tool's own reports/) when it is the tool's folder or no project.
 */
export function projectReportsDir(cwd: string, toolRoot: string): string | undefined {
  if (resolve(cwd) === resolve(toolRoot)) return undefined;
  if (existsSync(join(cwd, 'package.json')) || existsSync(join(cwd, 'reports'))) return join(resolve(cwd), 'reports');
  return undefined;
}
