import assert from 'node:assert/strict';
import { test } from 'node:test';
import { osOfPlatform, remoteFromCapabilities } from './remote-identity.ts';

test('platform names as nodes spell them map to the OS axis; any or unknown names do not', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['linux', 'linux'], ['LINUX', 'linux'], ['Windows 11', 'windows'], ['WIN10', 'windows'], ['windows', 'windows'],
    ['mac', 'macos'], ['macOS 14', 'macos'], ['OS X 10.15', 'macos'], ['Sonoma', 'macos'], ['ANDROID', 'android'], ['iOS', 'ios'],
    ['any', undefined], ['', undefined], [undefined, undefined],
  ];
  for (const [platform, os] of cases) assert.equal(osOfPlatform(platform), os, String(platform));
});

test('the report carries what the node returned, not what was asked, and whether the OS axis is the node’s own', () => {
  // Asked: chrome on a macos cell; the node answered with its own version and platform.
  const returned = { browserName: 'chrome', browserVersion: '156.0.8078.114', platformName: 'linux', 'goog:chromeOptions': { debuggerAddress: 'localhost:1' } };
  assert.deepEqual(remoteFromCapabilities({ os: 'macos' }, 'https://user:secret@hub.example.test/wd/hub?x=1', returned), {
    endpoint: 'https://hub.example.test/wd/hub',
    browserName: 'chrome',
    browserVersion: '156.0.8078.114',
    platformName: 'linux',
    osSource: 'emulated-by-identity',
  });
  assert.equal(remoteFromCapabilities({ os: 'linux' }, 'http://127.0.0.1:4444', returned).osSource, 'real');
  const bare = remoteFromCapabilities({ os: 'windows' }, 'http://127.0.0.1:4444', {});
  assert.deepEqual([bare.browserVersion, bare.platformName, bare.osSource], ['(not reported)', undefined, 'not-reported']);
});
