import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ContainerOutput } from './container-output.ts';

test('keeps what the stream printed, in order', async () => {
  const output = new ContainerOutput();
  const stream = new PassThrough();
  output.consume(stream);
  stream.write('one\n');
  stream.write('two\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(output.text(), 'one\ntwo\n');
  assert.equal(output.lastLines(1), 'two');
});

test('over the limit, the newest bytes are kept', () => {
  const output = new ContainerOutput(10);
  output.append('aaaaaa');
  output.append('bbbbbb');
  assert.equal(output.text(), 'bbbbbb');
  output.append('0123456789XYZ');
  assert.equal(output.text(), '3456789XYZ');
});
