import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import { redactArtifact } from './redact-artifact.ts';

const dir = mkdtempSync(join(tmpdir(), 'ph-redact-'));

test('a secret in a trace zip is replaced in every entry; other bytes are kept', async () => {
  const zip = new JSZip();
  zip.file('trace.network', '{"headers":[{"name":"X-Api-Key","value":"s3cret-key"}]}\n');
  zip.file('resources/abc', Buffer.from([0, 255, 1, 2]));
  const path = join(dir, 'trace.zip');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  assert.equal(await redactArtifact(path, ['s3cret-key']), true);
  const back = await JSZip.loadAsync(readFileSync(path));
  assert.equal(await back.file('trace.network')!.async('string'), '{"headers":[{"name":"X-Api-Key","value":"***"}]}\n');
  assert.deepEqual([...(await back.file('resources/abc')!.async('uint8array'))], [0, 255, 1, 2]);
});

test('a text log is redacted in place; a file without secrets is left alone', async () => {
  const log = join(dir, 'wdio.log');
  writeFileSync(log, 'POST /session {"cookie":"s3cret-key"}');
  assert.equal(await redactArtifact(log, ['s3cret-key']), true);
  assert.equal(readFileSync(log, 'utf8'), 'POST /session {"cookie":"***"}');
  assert.equal(await redactArtifact(log, ['s3cret-key']), false);
});
