import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runners } from '../runners/registry.ts';
import type { Flags } from './parse-args.ts';
import { checkRunnerNames, gridCapabilitiesFromFlags, remoteRunnersFromFlags } from './remote-flags.ts';

const flags = (f: Record<string, unknown>) => f as Flags;
const file = (content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'ph-caps-')), 'caps.json');
  writeFileSync(path, content);
  return path;
};

test('--grid and --browser-server name the local runner each stands in for, with its endpoints', () => {
  assert.deepEqual(remoteRunnersFromFlags(flags({ grid: 'http://127.0.0.1:4444/wd/hub', 'browser-server': 'ws://a:1/, ws://b:2/' }), runners), {
    webdriverio: { runner: 'grid', endpoints: ['http://127.0.0.1:4444/wd/hub'] },
    playwright: { runner: 'browser-server', endpoints: ['ws://a:1/', 'ws://b:2/'] },
  });
  assert.deepEqual(remoteRunnersFromFlags(flags({}), runners), {});
});

test('bad endpoints and remote runner names are one-line usage errors naming what is valid', () => {
  assert.throws(() => remoteRunnersFromFlags(flags({ grid: 'ws://x:1' }), runners), { name: 'UsageError', message: '--grid expects http://… or https://… URLs, got "ws://x:1"' });
  assert.throws(() => remoteRunnersFromFlags(flags({ grid: 'http://a:1,http://b:2' }), runners), { message: '--grid takes one URL, got 2: http://a:1,http://b:2' });
  assert.throws(() => remoteRunnersFromFlags(flags({ 'browser-server': 'localhost:3000' }), runners), { message: '--browser-server expects ws://… or wss://… URLs, got "localhost:3000"' });
  assert.throws(() => checkRunnerNames(['browser-server'], runners), { message: /^--runner browser-server is a remote runner: give --browser-server <url> instead \(it takes the playwright cells\); valid --runner values are playwright, webdriverio$/ });
});

test('--capabilities: a JSON object of W3C or vendor capabilities; anything else names the file and the key', () => {
  assert.deepEqual(gridCapabilitiesFromFlags(flags({ grid: 'http://h:1', capabilities: file('{"platformName":"Windows 11","bstack:options":{"local":true}}') })), { platformName: 'Windows 11', 'bstack:options': { local: true } });
  assert.throws(() => gridCapabilitiesFromFlags(flags({ capabilities: file('{}') })), { message: /^--capabilities needs --grid <url>/ });
  assert.throws(() => gridCapabilitiesFromFlags(flags({ grid: 'http://h:1', capabilities: file('{"browser":"chrome"}') })), { message: /is not a capabilities object:\n {2}browser: neither a W3C capability \(browserName, .*\) nor an extension capability \(vendor:name\)$/ });
  assert.throws(() => gridCapabilitiesFromFlags(flags({ grid: 'http://h:1', capabilities: file('[]') })), { message: /\(root\): Invalid input: expected record, received array/ });
  assert.throws(() => gridCapabilitiesFromFlags(flags({ grid: 'http://h:1', capabilities: file('{') })), { message: /: not JSON \(/ });
  assert.throws(() => gridCapabilitiesFromFlags(flags({ grid: 'http://h:1', capabilities: '/nonexistent/caps.json' })), { message: '--capabilities /nonexistent/caps.json: no such file' });
});
