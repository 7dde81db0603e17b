import assert from 'node:assert/strict';
import { test } from 'node:test';
import { driverNodeToml, hubToml, relayNodeToml, tomlString } from './grid-toml.ts';

const bus = { publish: 40001, subscribe: 40002 };

test('tomlString escapes quotes and backslashes as TOML basic strings do', () => {
  assert.equal(tomlString('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(tomlString('{"browserName":"x"}'), '"{\\"browserName\\":\\"x\\"}"');
});

test('hub: loopback server port and a bound event bus on the given ports', () => {
  assert.equal(
    hubToml(40000, bus),
    [
      '[server]',
      'host = "127.0.0.1"',
      'port = 40000',
      '',
      '[events]',
      'publish = "tcp://127.0.0.1:40001"',
      'subscribe = "tcp://127.0.0.1:40002"',
      'bind = true',
      '',
    ].join('\n'),
  );
});

test('driver node: no detection, one driver configuration with its stereotype as a JSON string', () => {
  const toml = driverNodeToml(40003, bus, 'http://127.0.0.1:40000', {
    displayName: 'chromedriver',
    stereotype: { browserName: 'chrome', 'goog:chromeOptions': { binary: '/usr/bin/chromium' } },
    webdriverExecutable: '/usr/bin/chromedriver',
  });
  assert.match(toml, /^\[server\]\nhost = "127\.0\.0\.1"\nport = 40003\n/);
  assert.match(toml, /\[events\]\npublish = "tcp:\/\/127\.0\.0\.1:40001"\nsubscribe = "tcp:\/\/127\.0\.0\.1:40002"\nbind = false\n/);
  assert.match(toml, /\[node\]\ngrid-url = "http:\/\/127\.0\.0\.1:40000"\ndetect-drivers = false\nmax-sessions = 1\nregister-cycle = 2\n/);
  assert.ok(
    toml.endsWith(
      '[[node.driver-configuration]]\ndisplay-name = "chromedriver"\n' +
        'stereotype = "{\\"browserName\\":\\"chrome\\",\\"goog:chromeOptions\\":{\\"binary\\":\\"/usr/bin/chromium\\"}}"\n' +
        'webdriver-executable = "/usr/bin/chromedriver"\nmax-sessions = 1\n',
    ),
    toml,
  );
});

test('relay node: forwards to the loopback driver port with one slot of the stereotype', () => {
  const toml = relayNodeToml(40004, bus, 'http://127.0.0.1:40000', 40005, {
    stereotype: { browserName: 'MiniBrowser', platformName: 'linux' },
  });
  assert.ok(
    toml.endsWith(
      '[relay]\nurl = "http://127.0.0.1:40005"\nstatus-endpoint = "/status"\n' +
        'configs = ["1", "{\\"browserName\\":\\"MiniBrowser\\",\\"platformName\\":\\"linux\\"}"]\n',
    ),
    toml,
  );
  assert.match(toml, /port = 40004\n/);
  assert.match(toml, /\[node\]\ngrid-url = "http:\/\/127\.0\.0\.1:40000"\ndetect-drivers = false\nmax-sessions = 1\nregister-cycle = 2\n/);
});
