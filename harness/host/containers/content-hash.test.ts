import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentHash } from './content-hash.ts';

test('same parts in any order give the same 12-hex hash', () => {
  const a = contentHash({ Dockerfile: 'FROM x', 'input:node': 'v20.20.2' });
  const b = contentHash({ 'input:node': 'v20.20.2', Dockerfile: 'FROM x' });
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{12}$/);
});

test('a changed byte, a changed version or a renamed part changes the hash', () => {
  const base = contentHash({ Dockerfile: 'FROM x', 'input:node': 'v20.20.2' });
  assert.notEqual(contentHash({ Dockerfile: 'FROM y', 'input:node': 'v20.20.2' }), base);
  assert.notEqual(contentHash({ Dockerfile: 'FROM x', 'input:node': 'v20.20.3' }), base);
  assert.notEqual(contentHash({ Dockerfile2: 'FROM x', 'input:node': 'v20.20.2' }), base);
});

test('bytes moved from one part to the next change the hash (framing)', () => {
  assert.notEqual(contentHash({ a: 'xy', b: 'z' }), contentHash({ a: 'x', b: 'yz' }));
});

test('a Buffer and the same text hash alike', () => {
  assert.equal(contentHash({ f: Buffer.from('abc') }), contentHash({ f: 'abc' }));
});
