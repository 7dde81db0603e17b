// The second builder of a tag waits for the first and runs after it; a stale lock is taken over.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockPath, withBuildLock } from './build-lock.ts';

test('a second build of the same tag waits for the first, then runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-lock-'));
  const order: string[] = [];
  const lines: string[] = [];
  let release!: () => void;
  const first = withBuildLock('ph:x', () => {}, () => new Promise<void>((r) => (release = () => { order.push('first done'); r(); })), dir);
  await new Promise((r) => setTimeout(r, 50));
  const second = withBuildLock('ph:x', (l) => lines.push(l), async () => { order.push('second ran'); }, dir);
  await new Promise((r) => setTimeout(r, 1200));
  assert.deepEqual(order, [], 'the second waits while the first holds the lock');
  assert.match(lines[0] ?? '', /waiting for another process building ph:x/);
  release();
  await Promise.all([first, second]);
  assert.deepEqual(order, ['first done', 'second ran']);
});

test('a lock left by a process that is gone is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-lock-'));
  writeFileSync(lockPath('ph:y', dir), '999999999');
  let ran = false;
  await withBuildLock('ph:y', () => {}, async () => { ran = true; }, dir);
  assert.ok(ran);
});
