// Whether dist/ (`npm run build`) still says what the sources say: its stamp is newer than every file
// under harness/ and scenarios/ that the build compiles or copies (tests excluded). Checked at every
// start (about 3 ms for the ~250 files here), so an edited checkout never runs a stale build.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILD_SOURCES = ['harness', 'scenarios'];

/** `{ current: true }`, or `{ current: false, why }` naming the missing stamp or the first newer source. */
export function buildFreshness(root) {
  let stamp;
  try {
    stamp = statSync(join(root, 'dist', '.build-stamp')).mtimeMs;
  } catch {
    return { current: false, why: 'dist/ is not built' };
  }
  for (const top of BUILD_SOURCES) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith('.test.ts')) continue;
      const file = join(entry.parentPath ?? entry.path, entry.name);
      if (statSync(file).mtimeMs > stamp) return { current: false, why: `${relative(root, file)} is newer than dist/` };
    }
  }
  return { current: true };
}
