import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserNodesImageTag } from './browser-nodes-image.ts';

test('the image tag is the repository plus a 12-hex content hash, stable while nothing changes', () => {
  const tag = browserNodesImageTag();
  assert.match(tag, /^ph-browser-nodes:[0-9a-f]{12}$/);
  assert.equal(browserNodesImageTag(), tag);
});
