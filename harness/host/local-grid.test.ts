import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gridToml } from './local-grid.ts';

test('a driver configuration and a relay become Grid 4 TOML with detection off and one session per slot', () => {
  const toml = gridToml([
    { kind: 'driver', displayName: 'chrome', stereotype: { browserName: 'chrome', 'goog:chromeOptions': { binary: '/usr/bin/chromium' } }, webdriverExecutable: '/usr/bin/chromedriver' },
    { kind: 'relay', stereotype: { browserName: 'MiniBrowser', platformName: 'linux' }, url: 'http://127.0.0.1:4445' },
  ]);
  assert.equal(
    toml,
    [
      '[node]',
      'detect-drivers = false',
      '',
      '[[node.driver-configuration]]',
      'display-name = "chrome"',
      `stereotype = '{"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium"}}'`,
      'webdriver-executable = "/usr/bin/chromedriver"',
      'max-sessions = 1',
      '',
      '[relay]',
      'url = "http://127.0.0.1:4445"',
      'status-endpoint = "/status"',
      `configs = ["1", '{"browserName":"MiniBrowser","platformName":"linux"}']`,
      '',
    ].join('\n'),
  );
});

test('a standalone relays to one server; a quote that a TOML literal cannot hold is refused', () => {
  const relay = { kind: 'relay' as const, stereotype: { browserName: 'x' }, url: 'http://127.0.0.1:1' };
  assert.throws(() => gridToml([relay, relay]), /relays to one WebDriver server, got 2/);
  assert.throws(() => gridToml([{ kind: 'driver', displayName: 'd', stereotype: { browserName: "it's" }, webdriverExecutable: '/x' }]), /single quote/);
});
