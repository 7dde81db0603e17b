import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadTarget, parseProfile, redact } from './load-profile.ts';
import { recogniseStep } from './interpret.ts';

const minimal = {
  name: 'x',
  url: 'https://staging.example.test/record',
  modes: { 'audio-only': [{ click: '#mic' }] },
  start: [{ click: '#go' }],
  outcome: { success: '.ok', error: '.err', steps: '.help p' },
  playbook: 'playbook.json',
};

test('a broken profile says which field is wrong and what was expected', () => {
  const bad = { ...minimal, start: [], modes: { 'audio-only': [{ clik: '#mic' }] }, outcome: { ...minimal.outcome, success: 3 } };
  assert.throws(
    () => parseProfile(bad, 'p.json'),
    (e: Error) =>
      e.message.startsWith('invalid target profile p.json:') &&
      /start: Too small: expected array to have >=1 items/.test(e.message) &&
      /outcome\.success: Invalid input: expected string, received number/.test(e.message) &&
      /modes\.audio-only\.0: unknown action {"clik": …}: an action has one of click, /.test(e.message),
  );
});

test('an unknown mode name is rejected', () => {
  assert.throws(() => parseProfile({ ...minimal, modes: { 'audio-and-video': [] } }, 'p.json'), /modes/);
});

test('secrets come from the environment and are redacted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-'));
  writeFileSync(join(dir, 'playbook.json'), JSON.stringify({ steps: { a: { text: 'allow' } }, rules: [{ why: 'w', when: {}, include: ['a'] }] }));
  writeFileSync(join(dir, 'p.json'), JSON.stringify({ ...minimal, headers: { authorization: 'Bearer ${PH_TEST_TOKEN}' } }));
  const t = loadTarget(join(dir, 'p.json'), { PH_TEST_TOKEN: 's3cret' });
  assert.equal(t.profile.headers!.authorization, 'Bearer s3cret');
  assert.equal(redact('sent Bearer s3cret', t.secrets), 'sent Bearer ***');
  assert.throws(() => loadTarget(join(dir, 'p.json'), {}), /environment variable PH_TEST_TOKEN is not set/);
});

test('steps without ids are recognised by the playbook text patterns', () => {
  const book = { steps: { 'browser-permissions': { text: 'address bar' }, 'close-other-apps': { text: 'quit .* apps' } }, rules: [] } as never;
  assert.equal(recogniseStep(book, 'Allow the microphone in the address bar'), 'browser-permissions');
  assert.equal(recogniseStep(book, 'Quit other apps that use the camera'), 'close-other-apps');
  assert.equal(recogniseStep(book, 'Something else'), null);
});

test('the bundled profile and playbook are valid', () => {
  const t = loadTarget(new URL('../../fixtures/recording-app/profile.json', import.meta.url).pathname);
  assert.ok(t.playbook.rules.length > 10);
});
