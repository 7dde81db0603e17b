import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gridReadiness } from './grid-status.ts';

const node = (availability: string) => ({ uri: 'http://127.0.0.1:1', availability, slots: [] });

test('ready when the hub is ready and every expected node is UP', () => {
  const r = gridReadiness({ value: { ready: true, message: 'Selenium Grid ready.', nodes: [node('UP'), node('UP')] } }, 2);
  assert.deepEqual(r, { ready: true, detail: 'hub ready=true, 2/2 nodes UP: Selenium Grid ready.' });
});

test('not ready while a node is missing, even though the hub says ready', () => {
  const r = gridReadiness({ value: { ready: true, message: 'Selenium Grid ready.', nodes: [node('UP')] } }, 2);
  assert.equal(r.ready, false);
  assert.equal(r.detail, 'hub ready=true, 1/2 nodes UP: Selenium Grid ready.');
});

test('a node that is DOWN or DRAINING does not count', () => {
  const r = gridReadiness({ value: { ready: true, message: '', nodes: [node('UP'), node('DOWN')] } }, 2);
  assert.equal(r.ready, false);
  assert.equal(r.detail, 'hub ready=true, 1/2 nodes UP (1 not UP)');
});

test('a hub that is not ready, or an answer without value, is not ready', () => {
  assert.equal(gridReadiness({ value: { ready: false, message: 'Selenium Grid not ready.', nodes: [] } }, 0).ready, false);
  assert.deepEqual(gridReadiness({}, 1), { ready: false, detail: 'the hub answered without a "value" object' });
  assert.equal(gridReadiness(null, 1).ready, false);
});
