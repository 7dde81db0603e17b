// Support's path: each sample ticket picks its cell, runs it, and leaves a bundle that opens from file://.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TICKET_CELLS } from '../tickets/expected-cells.ts';
import { runCli } from './run-cli.ts';

for (const [file, cell] of Object.entries(TICKET_CELLS)) {
  test(`repro --ticket ${file} runs ${cell} and writes the bundle`, () => {
    const run = runCli(['repro', '--ticket', `tests/tickets/${file}`, '--no-report']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`^repro: cell ${cell.replaceAll('/', '\\/')}$`, 'm'));
    const bundle = /^repro bundle: file:\/\/(.+)$/m.exec(run.stdout)?.[1];
    assert.ok(bundle && existsSync(bundle), 'bundle written');
    const html = readFileSync(bundle, 'utf8');
    assert.match(html, /<img alt="what the customer should have seen" src="data:image\/(png|jpeg);base64,/);
    assert.match(html, /Verdict: the app shows the right steps for this setup/);
    const reply = readFileSync(join(bundle, '..', 'reply.txt'), 'utf8');
    assert.match(reply, /^The error ".+" means: /);
    assert.match(reply, /\n1\. /);
    const result = JSON.parse(readFileSync(join(bundle, '..', 'result.json'), 'utf8'));
    assert.equal(result.result.id, cell);
  });
}

test('a ticket that cannot be mapped says why, exit 2', () => {
  const run = runCli(['repro', '--ua', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0', '--error', 'Permission denied', '--mode', 'Record Audio and Video']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot tell the browser from the user agent \(browser "Opera" is not one of the supported browsers/);
});

test('screen share on a phone and Safari 13 are their unsupported-browser cells (dry run), not "no cell can reproduce"', () => {
  const phone = runCli(['repro', '--ua', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', '--error', 'NotAllowedError: Permission denied by user', '--mode', 'Share Screen', '--dry-run']);
  assert.equal(phone.status, 0, phone.stdout + phone.stderr);
  assert.match(phone.stdout, /^repro: cell chrome\/android\/unsupported-browser\/screen-share$/m);
  assert.match(phone.stdout, /mobile browsers have no getDisplayMedia/);
  const safari = runCli(['repro', '--ua', 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Mobile/15E148 Safari/604.1', '--error', 'Permission denied', '--mode', 'Record Audio, No Video', '--dry-run']);
  assert.equal(safari.status, 0, safari.stdout + safari.stderr);
  assert.match(safari.stdout, /^repro: cell safari\/ios\/unsupported-browser\/audio-only$/m);
  assert.match(safari.stdout, /note: Safari 13 is unsupported per the articles/);
});
