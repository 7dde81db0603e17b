// Planning without a browser: the runner each cell gets, and every reason a cell is planned
// `unavailable` (a runner the engine cannot use, a condition a runner cannot set up, a missing
// binary, a target that cannot express the cell), never run as if it could.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePlaybook, parseProfile, type LoadedTarget } from '../app-profile/load-profile.ts';
import type { EngineModule } from '../contract/engine-module.ts';
import { EngineRegistry, engines } from '../engines/registry.ts';
import { expandMatrix } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { planCells } from './plan-cells.ts';

const profile = (extra: object = {}) =>
  parseProfile(
    {
      name: 'p',
      url: 'https://staging.example.test/',
      modes: { 'audio-only': [{ click: '#a' }], 'screen-share': [{ click: '#s' }] },
      start: [{ click: '#go' }],
      outcome: { success: '.ok', error: '.err', steps: '.steps li' },
      playbook: 'playbook.json',
      ...extra,
    },
    'p',
  );
const target = (extra: object = {}): LoadedTarget => ({
  profile: profile(extra),
  playbook: parsePlaybook({ steps: { a: {} }, rules: [{ why: 'w', when: {}, include: ['a'] }] }, 'b'),
  source: '/p.json',
  secrets: [],
});
const cells = expandMatrix(loadMatrix());
const cell = (id: string) => cells.find((c) => c.id === id)!;

test('each engine gets its preferred runner that can set up the condition', () => {
  const [chromeDenied, firefox, safari] = planCells([cell('chrome/linux/denied/audio-only'), cell('firefox/linux/denied/audio-only'), cell('safari/macos/denied/audio-only')], target());
  assert.deepEqual([chromeDenied!.runner, firefox!.runner, safari!.runner], ['playwright', 'playwright', 'webdriverio']);
  assert.ok([chromeDenied, firefox, safari].every((p) => !p!.unavailable));
});

test('a condition a runner cannot set up is planned unavailable with the engine’s declared reason', () => {
  const [p] = planCells([cell('chrome/windows/dismissed/screen-share')], target(), { runners: ['webdriverio'] });
  assert.equal(p!.runner, 'webdriverio');
  assert.match(p!.unavailable ?? '', /^Chromium via webdriverio cannot set up this condition: the real screen picker is answered by a key press/);
  // Without a runner list the cell goes to the runner that can.
  assert.equal(planCells([cell('chrome/windows/dismissed/screen-share')], target())[0]!.runner, 'playwright');
});

test('an engine a runner cannot drive is unavailable, naming the runners it has', () => {
  const [p] = planCells([cell('firefox/linux/denied/audio-only')], target(), { runners: ['webdriverio'] });
  assert.equal(p!.unavailable, 'Firefox (Gecko) is not driven by webdriverio (it runs on playwright)');
});

test('a missing binary makes the pair unavailable with the install hint', () => {
  const real = engines.get('gecko');
  const broken: EngineModule = {
    ...real,
    runners: { playwright: { ...real.runners.playwright!, needs: [{ what: 'Firefox', env: 'PH_TEST_NO_SUCH_FIREFOX', candidates: ['/nonexistent/firefox'], install: 'apt-get install firefox-esr' }] } },
  };
  const [p] = planCells([cell('firefox/linux/denied/audio-only')], target(), { engines: new EngineRegistry([broken]) });
  assert.equal(p!.unavailable, 'gecko via playwright cannot run on this host: Firefox not found; install: apt-get install firefox-esr');
});

test('what the target cannot express is unavailable: a missing mode, no staleDevice, insecure origin on a remote URL', () => {
  const [noMode] = planCells([cell('chrome/linux/denied/audio-video')], target());
  assert.equal(noMode!.unavailable, 'target profile "p" has no way to pick mode audio-video');
  const [noStale] = planCells([cell('chrome/linux/wrong-device/audio-only')], target());
  assert.match(noStale!.unavailable ?? '', /has no staleDevice actions/);
  const [remote] = planCells([cell('chrome/linux/insecure-context/audio-only')], target(), { appUrl: 'https://staging.example.test/' });
  assert.equal(remote!.unavailable, 'insecure-context needs a loopback target; https://staging.example.test/ is not');
});

test('an engine the matrix names but no plug-in provides is a clear error', () => {
  assert.throws(() => planCells([{ ...cell('chrome/linux/denied/audio-only'), engine: 'presto' }], target()), { name: 'UsageError', message: 'unknown engine "presto": valid engines are chromium, gecko, webkit' });
});

test('a recovery cell is native only when both phases are, names both mechanisms, and a target without the retry field gets it unavailable', async () => {
  const { allCells } = await import('../matrix/select.ts');
  const every = allCells(loadMatrix());
  const rc = (id: string) => every.find((c) => c.id === id)!;
  const withRetry = target({ retry: [{ click: '#again' }], selectOtherDevice: [{ click: '#dev' }], staleDevice: [{ reload: true }], modes: { 'audio-only': [], 'audio-video': [], 'screen-share': [] } });
  const [denied, dismissed, busy, wrong, screen] = planCells(
    ['chrome/linux/denied..granted/audio-only', 'chrome/linux/dismissed..granted/audio-only', 'chrome/linux/device-busy..granted/audio-only', 'chrome/linux/wrong-device..granted/audio-video', 'chrome/linux/denied..granted/screen-share'].map(rc),
    withRetry,
  );
  assert.equal(denied!.condition.fidelity, 'native');
  assert.match(denied!.condition.mechanism, /setPermission denied.*then allow-and-reload: native — cdp Browser.setPermission granted/);
  assert.deepEqual(denied!.condition.recovery!.permissions, { microphone: 'granted' });
  assert.equal(dismissed!.condition.fidelity, 'native');
  // The busy device was emulated at the page boundary: its release is too, and the cell says so.
  assert.equal(busy!.condition.fidelity, 'emulated');
  assert.equal(busy!.condition.recovery!.liftRejection, true);
  assert.equal(wrong!.condition.fidelity, 'native');
  assert.ok([denied, dismissed, busy, wrong].every((p) => !p!.unavailable), 'runnable');
  assert.match(screen!.unavailable ?? '', /launch switch --use-fake-ui-for-media-stream=deny/);

  // The profile's retry and selectOtherDevice are what the user does in the app: without them, unavailable, naming the field.
  const bare = target({ staleDevice: [{ reload: true }], modes: { 'audio-only': [], 'audio-video': [] } });
  const [d2, m2, w2] = planCells(['chrome/linux/denied..granted/audio-only', 'chrome/linux/dismissed..granted/audio-only', 'chrome/linux/wrong-device..granted/audio-video'].map(rc), bare);
  assert.equal(d2!.unavailable, undefined, 'a reload needs no retry field');
  assert.equal(m2!.unavailable, 'target profile "p" has no retry actions, so the user cannot try again after allow-and-retry');
  assert.match(w2!.unavailable ?? '', /has no selectOtherDevice actions/);

  // Another runner than the one whose driver applies the step: unavailable, not run as the plain cell.
  const [viaWdio] = planCells([rc('chrome/linux/dismissed..granted/audio-only')], withRetry, { runners: ['webdriverio'] });
  assert.match(viaWdio!.unavailable ?? '', /recovery on Chromium via webdriverio not implemented yet: only playwright applies allow-and-retry/);
  // An engine without a row: unavailable with its reason.
  const [ff] = planCells([rc('firefox/linux/denied..granted/audio-only')], withRetry);
  assert.match(ff!.unavailable ?? '', /^recovery on Firefox \(Gecko\) not implemented yet: /);
});

test("WebKit's refusal is the relay's switch, turned back for the recovery: native, through WebdriverIO only", async () => {
  const { allCells } = await import('../matrix/select.ts');
  const rc = (id: string) => allCells(loadMatrix()).find((c) => c.id === id)!;
  const t = target({ retry: [{ click: '#again' }], modes: { 'audio-only': [], 'screen-share': [] } });
  const [gum, screen] = planCells([rc('safari/macos/dismissed..granted/audio-only'), rc('safari/macos/denied..granted/screen-share')], t);
  for (const p of [gum!, screen!]) {
    assert.equal(p.runner, 'webdriverio');
    assert.equal(p.condition.fidelity, 'native');
    assert.match(p.condition.recovery!.mechanism, /Automation\.setSessionPermissions GetUserMedia=true/);
  }
  assert.match(screen!.condition.recovery!.mechanism, /without showing a picker/);
});
