// Reading and writing a recorded playbook (snapshot-schema.ts). A profile may name a snapshot file that
// does not exist yet: it then holds no cell, and every cell checked against it fails until `record`
// writes it. Written with cells in id order and one entry per line block, so a re-record reads as a
// small diff in review.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../host/project-paths.ts';
import { UsageError } from '../util/errors.ts';
import { PlaybookSnapshot, type SnapshotEntry } from './snapshot-schema.ts';

export interface LoadedSnapshot {
  /** Absolute path of the file (which may not exist yet). */
  path: string;
  /** `$schema` as written, kept when the file is rewritten. */
  schemaRef?: string;
  cells: Record<string, SnapshotEntry>;
}

export const SNAPSHOT_SCHEMA_FILE = 'schemas/playbook-snapshot.schema.json' as const;

export function loadSnapshot(path: string): LoadedSnapshot {
  if (!existsSync(path)) return { path, cells: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`snapshot ${path} is not valid JSON: ${(e as Error).message} (rewrite it with permission-harness record --update)`);
  }
  const r = PlaybookSnapshot.safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
    throw new UsageError(lines.length === 1 ? `invalid snapshot ${path}: ${lines[0]}` : `invalid snapshot ${path}:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  return { path, ...(r.data.$schema ? { schemaRef: r.data.$schema } : {}), cells: r.data.cells };
}

/** The file's text with `entries` set (added or replaced); other cells stay as recorded. */
export function snapshotText(snapshot: LoadedSnapshot, entries: Record<string, SnapshotEntry>): string {
  const cells = { ...snapshot.cells, ...entries };
  const sorted = Object.fromEntries(Object.keys(cells).sort().map((id) => [id, cells[id]!]));
  const schemaRef = snapshot.schemaRef ?? relative(dirname(snapshot.path), join(ROOT, SNAPSHOT_SCHEMA_FILE));
  return JSON.stringify({ $schema: schemaRef, cells: sorted }, null, 2) + '\n';
}

export function writeSnapshot(snapshot: LoadedSnapshot, entries: Record<string, SnapshotEntry>): LoadedSnapshot {
  writeFileSync(snapshot.path, snapshotText(snapshot, entries));
  return loadSnapshot(snapshot.path);
}
