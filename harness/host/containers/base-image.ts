// The Debian base the browser image is built FROM, made locally because no image registry may answer:
// debootstrap a minimal bookworm and `docker import` it (about 45 s, 167 MB). Made once; an existing
// tag is used as is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../../util/errors.ts';
import { imageExists } from './image-exists.ts';
import type { LogLine } from './log-line.ts';
import { runLogged } from './run-logged.ts';

export const BASE_IMAGE = 'ph-debian-base:bookworm';
const SUITE = 'bookworm';
const MIRROR = 'http://deb.debian.org/debian';

/** Makes BASE_IMAGE unless it exists; returns its tag. */
export async function ensureBaseImage(log: LogLine): Promise<string> {
  if (await imageExists(BASE_IMAGE)) return BASE_IMAGE;
  if (spawnSync('sh', ['-c', 'command -v debootstrap']).status !== 0) {
    throw new EnvironmentError(
      `the base image ${BASE_IMAGE} is missing and debootstrap is not installed to make it; install it: apt-get install -y --no-install-recommends debootstrap`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'ph-debian-base-'));
  const started = Date.now();
  try {
    log(`base image: debootstrap --variant=minbase ${SUITE} (${MIRROR})`);
    await runLogged('debootstrap', ['--variant=minbase', SUITE, root, MIRROR], log, 'debootstrap: ');
    log(`base image: docker import as ${BASE_IMAGE}`);
    // pipefail: a tar that fails part-way must not import a truncated file system.
    await runLogged('bash', ['-o', 'pipefail', '-c', 'tar -C "$1" -c . | docker import - "$2"', 'import', root, BASE_IMAGE], log, 'import: ');
    log(`base image: ${BASE_IMAGE} made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return BASE_IMAGE;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
