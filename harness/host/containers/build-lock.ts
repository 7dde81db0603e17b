// One image build at a time per tag on this machine: CI starts the build in the background while
// the first tests run, and the container test then waits for that build instead of starting a
// second one of the same image. A lock file (O_EXCL) holds the builder's pid; a lock whose process
// is gone is stale and taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine } from './log-line.ts';

const POLL_MS = 1_000;
const WAIT_AT_MOST_MS = 20 * 60_000;

export function lockPath(tag: string, dir = tmpdir()): string {
  return join(dir, `permission-harness-build-${tag.replace(/[^A-Za-z0-9._-]/g, '_')}.lock`);
}

function holderAlive(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8').trim());
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `build` holding the tag's lock; while another live process holds it, waits for it first. */
export async function withBuildLock<T>(tag: string, log: LogLine, build: () => Promise<T>, dir?: string): Promise<T> {
  const path = lockPath(tag, dir);
  const deadline = Date.now() + WAIT_AT_MOST_MS;
  let said = false;
  for (;;) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!holderAlive(path)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another process has been building ${tag} for over ${WAIT_AT_MOST_MS / 60_000} min (lock ${path})`);
      if (!said) log(`image: waiting for another process building ${tag} (lock ${path})`);
      said = true;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(path, { force: true });
  }
}
