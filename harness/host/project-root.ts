// The tool's own folder (where its package.json is), apart from project-paths.ts: the CLI needs it to
// choose the reports folder before anything computes the paths under it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the project's package.json, found upwards from this module: the same whether
 * the CLI runs from the TypeScript sources (harness/host/) or from their compiled copy (dist/harness/host/).
 */
export function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'permission-harness') return dir + sep;
    if (dirname(dir) === dir) throw new Error(`no permission-harness package.json above ${from}`);
  }
}

export const ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));
