// Planning for remote runners without a browser or an endpoint: which cells go to the remote runner,
// which endpoint serves them, and why a cell is planned unavailable there (a condition that cannot
// travel through the endpoint, an app the endpoint cannot reach as a secure context).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePlaybook, parseProfile, type LoadedTarget } from '../app-profile/load-profile.ts';
import { expandMatrix } from '../matrix/expand.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { planCells } from './plan-cells.ts';
import { reachabilityGap } from './remote-endpoints.ts';

const served: LoadedTarget = {
  profile: parseProfile(
    {
      name: 'p',
      serve: '.',
      url: '/',
      modes: { 'audio-only': [{ click: '#a' }], 'audio-video': [{ click: '#v' }], 'screen-share': [{ click: '#s' }] },
      start: [{ click: '#go' }],
      outcome: { success: '.ok', error: '.err', steps: '.steps li' },
      playbook: 'playbook.json',
    },
    'p',
  ),
  playbook: parsePlaybook({ steps: { a: {} }, rules: [{ why: 'w', when: {}, include: ['a'] }] }, 'b'),
  source: '/p.json',
  secrets: [],
};
const cells = expandMatrix(loadMatrix());
const cell = (id: string) => cells.find((c) => c.id === id)!;
const grid = (url = 'http://127.0.0.1:4444') => ({ webdriverio: { runner: 'grid', endpoints: [url] } });

test('--grid takes the cells that would run on webdriverio; Playwright cells stay local', () => {
  const plans = planCells([cell('safari/ios/granted/audio-video'), cell('chrome/linux/granted/audio-video')], served, { remote: grid() });
  assert.deepEqual(plans.map((p) => [p.runner, p.endpoint, p.unavailable]), [['grid', 'http://127.0.0.1:4444', undefined], ['playwright', undefined, undefined]]);
  const [viaGrid] = planCells([cell('chrome/linux/granted/audio-video')], served, { runners: ['webdriverio'], remote: grid() });
  assert.equal(viaGrid!.runner, 'grid');
});

test('without its flag a remote runner is never chosen, even where it needs nothing on this host', () => {
  const plans = planCells([cell('safari/ios/granted/audio-video'), cell('chrome/linux/granted/audio-video')], served);
  assert.deepEqual(plans.map((p) => p.runner), ['webdriverio', 'playwright']);
});

test('a condition that cannot travel through a WebDriver endpoint is planned unavailable with the engine’s reason', () => {
  const [refusal, picker] = planCells([cell('safari/macos/denied/audio-only'), cell('chrome/windows/dismissed/screen-share')], served, { runners: ['webdriverio'], remote: grid() });
  assert.match(refusal!.unavailable ?? '', /^WebKit \(WebKitGTK\) via grid cannot set up this condition: WebKit refuses capture only through Automation\.setSessionPermissions/);
  assert.match(picker!.unavailable ?? '', /^Chromium via grid cannot set up this condition: the real screen picker is answered by an xdotool key press/);
});

test('a node on another host cannot reach the loopback app: unavailable, naming the https and tunnel ways', () => {
  const [chrome, safari] = planCells([cell('chrome/linux/granted/audio-video'), cell('safari/ios/granted/audio-video')], served, { runners: ['webdriverio'], remote: grid('http://10.0.0.5:4444/wd/hub') });
  assert.match(chrome!.unavailable ?? '', /^the endpoint 10\.0\.0\.5:4444 is on another host, and the app the harness serves is on this machine's loopback, which it cannot reach: serve the app at an https URL/);
  // WebKit's probe travels through the harness proxy on loopback: no remote node can use it, whatever the app.
  assert.match(safari!.unavailable ?? '', /via grid at http:\/\/10\.0\.0\.5:4444\/wd\/hub cannot set up this condition: the probe and the OS identity reach WebKit pages through the harness's HTTP proxy/);
});

test('plain http on another host is not a secure context; https is, and loopback endpoints change nothing', () => {
  assert.match(reachabilityGap('ws://far.example.test:3000/', { appUrl: 'http://staging.example.test/', servedHere: false }) ?? '', /plain http, not localhost\) is not a secure context/);
  assert.equal(reachabilityGap('ws://far.example.test:3000/', { appUrl: 'https://staging.example.test/', servedHere: false }), undefined);
  assert.equal(reachabilityGap('ws://127.0.0.1:3000/', { servedHere: true }), undefined);
  assert.equal(reachabilityGap('http://localhost:4444', { appUrl: 'http://staging.example.test/', servedHere: false }), undefined);
});

test('launch groups are spread over several browser servers round-robin, the largest group first, the same every time', () => {
  const ids = ['chrome/linux/denied/audio-only', 'chrome/macos/denied/audio-only', 'chrome/linux/granted/screen-share', 'firefox/linux/denied/audio-video', 'chrome/windows/denied/audio-only'];
  const remote = { playwright: { runner: 'browser-server', endpoints: ['ws://127.0.0.1:1/', 'ws://127.0.0.1:2/'] } };
  const plan = () => planCells(ids.map(cell), served, { remote }).map((p) => [p.cell.id, p.runner, p.endpoint]);
  assert.deepEqual(plan(), [
    ['chrome/linux/denied/audio-only', 'browser-server', 'ws://127.0.0.1:1/'],
    ['chrome/macos/denied/audio-only', 'browser-server', 'ws://127.0.0.1:1/'],
    ['chrome/linux/granted/screen-share', 'browser-server', 'ws://127.0.0.1:2/'],
    ['firefox/linux/denied/audio-video', 'browser-server', 'ws://127.0.0.1:1/'],
    ['chrome/windows/denied/audio-only', 'browser-server', 'ws://127.0.0.1:1/'],
  ]);
  assert.deepEqual(plan(), plan());
});
