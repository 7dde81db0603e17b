import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { freePorts } from './free-ports.ts';

test('freePorts gives distinct ports that can be bound on 127.0.0.1 afterwards', async () => {
  const ports = await freePorts(8);
  assert.equal(ports.length, 8);
  assert.equal(new Set(ports).size, 8);
  for (const port of ports) {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('freePorts(0) is empty', async () => {
  assert.deepEqual(await freePorts(0), []);
});
