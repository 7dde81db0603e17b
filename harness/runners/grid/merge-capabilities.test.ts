import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeCapabilities } from './merge-capabilities.ts';

test("the user's file adds to the engine's capabilities: objects merge, arrays append, the condition's arguments stay", () => {
  const engine = { browserName: 'chrome', 'wdio:enforceWebDriverClassic': true, 'goog:chromeOptions': { args: ['--use-fake-device-for-media-stream', '--headless=new'] } };
  const user = { platformName: 'Windows 11', 'goog:chromeOptions': { args: ['--lang=de', '--headless=new'], binary: 'C:/chrome.exe' }, 'bstack:options': { local: true } };
  assert.deepEqual(mergeCapabilities(engine, user), {
    browserName: 'chrome',
    'wdio:enforceWebDriverClassic': true,
    platformName: 'Windows 11',
    'goog:chromeOptions': { args: ['--use-fake-device-for-media-stream', '--headless=new', '--lang=de'], binary: 'C:/chrome.exe' },
    'bstack:options': { local: true },
  });
});

test('a scalar the user sets describes their endpoint and wins; the inputs are not changed', () => {
  const engine = { browserName: 'chrome', 'goog:chromeOptions': { args: ['--a'] } };
  const merged = mergeCapabilities(engine, { browserName: 'MicrosoftEdge' });
  assert.equal(merged.browserName, 'MicrosoftEdge');
  assert.deepEqual(engine, { browserName: 'chrome', 'goog:chromeOptions': { args: ['--a'] } });
  assert.deepEqual(mergeCapabilities(engine), engine);
});
