import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitForBackgroundReport } from './allure-report-in-background.ts';

const where = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-bg-report-'));
  return { marker: join(dir, '.allure-report-pending'), log: join(dir, 'allure-generate.log') };
};

test('no generation pending: returns at once', async () => {
  assert.equal(await waitForBackgroundReport(where()), false);
});

test('a pending generation still running: waits until it has ended, then clears the marker', async () => {
  const w = where();
  const child = spawn('sleep', ['0.4'], { stdio: 'ignore' });
  writeFileSync(w.marker, `${child.pid}\n`);
  const ended = new Promise<number>((r) => child.on('exit', () => r(Date.now())));
  assert.equal(await waitForBackgroundReport(w), true);
  const returnedAt = Date.now();
  assert.ok(returnedAt >= (await ended) - 5, 'returned only after the process ended');
  assert.ok(!existsSync(w.marker));
});

test('a marker left by a generation that already ended: cleared, nothing to wait for', async () => {
  const w = where();
  const child = spawn('true', { stdio: 'ignore' });
  await new Promise((r) => child.on('exit', r));
  writeFileSync(w.marker, `${child.pid}\n`);
  assert.equal(await waitForBackgroundReport(w), false);
  assert.ok(!existsSync(w.marker));
});

test('a generation that does not end: gives up after the timeout', async () => {
  const w = where();
  const child = spawn('sleep', ['5'], { stdio: 'ignore' });
  writeFileSync(w.marker, `${child.pid}\n`);
  const t0 = Date.now();
  await waitForBackgroundReport(w, 200);
  assert.ok(Date.now() - t0 < 2000);
  child.kill();
});
