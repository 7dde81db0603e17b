// A container's log reaches the results of exactly the cells it served.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { attachContainerLogs } from './attach-container-logs.ts';

test('grid logs go to grid cells, a browser server log only to cells at its endpoint, local cells get none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-attach-'));
  const logsDir = mkdtempSync(join(tmpdir(), 'ph-logs-'));
  const result = (name: string, runner: string, endpoint?: string) =>
    writeFileSync(join(dir, `${name}-result.json`), JSON.stringify({ name, labels: [{ name: 'runner', value: runner }], parameters: endpoint ? [{ name: 'endpoint', value: endpoint }] : [] }));
  result('a', 'grid', 'http://127.0.0.1:4444/');
  result('b', 'browser-server', 'ws://127.0.0.1:9001/');
  result('c', 'browser-server', 'ws://127.0.0.1:9002/');
  result('d', 'playwright');
  const n = attachContainerLogs(dir, logsDir, [
    { name: 'ph-grid-hub-4444', text: 'hub up', runner: 'grid' },
    { name: 'ph-browser-server-9001', text: 'listening 9001', runner: 'browser-server', endpoint: 'ws://127.0.0.1:9001/' },
  ]);
  assert.equal(n, 2);
  const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}-result.json`), 'utf8')) as { attachments?: Array<{ name: string; source: string }> };
  assert.deepEqual(read('a').attachments?.map((x) => x.name), ['container log: ph-grid-hub-4444']);
  assert.deepEqual(read('b').attachments?.map((x) => x.name), ['container log: ph-browser-server-9001']);
  assert.equal(read('c').attachments, undefined);
  assert.equal(read('d').attachments, undefined);
  assert.equal(readFileSync(join(dir, read('b').attachments![0]!.source), 'utf8'), 'listening 9001');
  assert.deepEqual(readdirSync(logsDir).sort(), ['ph-browser-server-9001.log', 'ph-grid-hub-4444.log']);
});
