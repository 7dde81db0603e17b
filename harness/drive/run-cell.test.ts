// The cell flow without a browser: a fake session stands in for the runner, so every verdict path,
// the timeouts and a failing profile step are checked in milliseconds.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parsePlaybook, parseProfile, type LoadedTarget } from '../app-profile/load-profile.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import type { CellReporter, Stage } from '../contract/session.ts';
import { fakeSession, probeWith, type FakeApp } from './fake-session.ts';
import { runCell } from './run-cell.ts';

const target: LoadedTarget = {
  profile: parseProfile(
    {
      name: 'fake app',
      url: 'http://localhost:1/app',
      modes: { 'audio-only': [{ select: '#mode', value: 'audio-only' }] },
      start: [{ click: '#start', name: 'click Start' }],
      outcome: { success: '#ok', error: '#err', errorText: '{name}: {message}', steps: '#steps li', stepIdAttribute: 'data-step' },
      playbook: 'playbook.json',
      timeouts: { actionMs: 200, captureMs: 200 },
    },
    'fake profile',
  ),
  playbook: parsePlaybook(
    { steps: { allow: {}, 'try-other': {} }, rules: [{ why: 'denied: allow first', when: { state: ['denied'] }, first: 'allow', include: ['allow', 'try-other'] }] },
    'fake playbook',
  ),
  source: '/fake/profile.json',
  secrets: [],
};

const stage: Stage = { appUrl: 'http://localhost:1/app', frameHostOrigin: 'http://localhost:2', injectScripts: () => {}, interceptHttps: async () => 'http://127.0.0.1:3' };

const plan: CellPlan = {
  cell: { id: 'chrome/linux/denied/audio-only', browser: 'chrome', os: 'linux', state: 'denied', mode: 'audio-only', engine: 'fake' },
  runner: 'fake-runner',
  condition: {
    state: 'denied',
    fidelity: 'native',
    mechanism: 'a fake mechanism',
    launch: {},
    placement: {},
    expected: { kind: 'exception', name: 'NotAllowedError', message: 'Permission denied', source: 'test' },
  },
};

const denied = { error: { name: 'NotAllowedError', message: 'Permission denied' } };
const goodApp: FakeApp = {
  probeAfterStart: probeWith('getUserMedia', denied),
  shownAfterStart: { '#err': ['NotAllowedError: Permission denied'], '#steps li': ['Allow it', 'Try another browser'] },
  attributesAfterStart: { '#steps li': ['allow', 'try-other'] },
};

function recorder() {
  const steps: string[] = [];
  const attachments: string[] = [];
  const reporter: CellReporter = {
    step: async (name, body) => {
      steps.push(name);
      return body();
    },
    metadata: async () => {},
    attach: async (name) => {
      attachments.push(name);
    },
  };
  return { reporter, steps, attachments };
}

async function run(
  app: FakeApp,
  overrides: { openSession?: () => Promise<never>; plan?: CellPlan; appAnswers?: (url: string) => Promise<boolean>; target?: LoadedTarget; snapshot?: 'record' | 'update' } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'ph-run-cell-'));
  const session = fakeSession(app);
  const rec = recorder();
  const result = await runCell({
    plan: overrides.plan ?? plan,
    target: overrides.target ?? target,
    stage,
    reporter: rec.reporter,
    options: { headed: false, underCli: false, cellResultsDir: dir, allureResultsDir: dir, ...(overrides.snapshot ? { snapshot: overrides.snapshot } : {}) },
    runnerLabel: 'fake-runner',
    openSession: overrides.openSession ?? (async () => session),
    pollMs: 5,
    appAnswers: overrides.appAnswers ?? (async () => true),
  });
  return { result, session, dir, ...rec };
}

test('the right error and steps pass, and the record, screenshot and evidence are written', async () => {
  const { result, session, dir, steps, attachments } = await run(goodApp);
  assert.equal(result.status, 'passed', result.failures.join('\n'));
  assert.equal(result.observed, 'NotAllowedError: "Permission denied"');
  assert.deepEqual(result.steps.map((s) => s.id), ['allow', 'try-other']);
  assert.deepEqual(session.page.visited, ['http://localhost:1/app']);
  assert.deepEqual(session.page.actions, ['select #mode=audio-only', 'click #start']);
  assert.ok(session.closed(), 'session closed');
  assert.deepEqual(steps.map((s) => s.split(' ')[0]), ['set', 'open', 'select', 'start', 'observe', 'read', 'assert']);
  assert.deepEqual(attachments, ['what the user sees', 'probe call log', 'page console']);
  const written = JSON.parse(readFileSync(join(dir, 'fake-runner', 'chrome__linux__denied__audio-only.json'), 'utf8'));
  assert.equal(written.status, 'passed');
  assert.ok(existsSync(join(dir, 'fake-runner', 'chrome__linux__denied__audio-only.png')), 'the fake PNG-less screenshot is kept as .png');
});

test('wrong steps are the app’s failure, naming the step and the rule', async () => {
  const { result } = await run({ ...goodApp, attributesAfterStart: { '#steps li': ['try-other', 'allow'] } });
  assert.equal(result.status, 'failed');
  assert.deepEqual(result.failures, ["first step is 'try-other', expected 'allow' (denied: allow first); shown: try-other, allow"]);
});

test('a swallowed error fails', async () => {
  const { result } = await run({ ...goodApp, shownAfterStart: {} });
  assert.equal(result.status, 'failed');
  assert.match(result.failures[0]!, /^the app swallowed the error: the page received NotAllowedError: "Permission denied"/);
});

test('another exception than the state gives is broken (precondition failed), not failed', async () => {
  const { result } = await run({ ...goodApp, probeAfterStart: probeWith('getUserMedia', { error: { name: 'NotFoundError', message: 'Requested device not found' } }) });
  assert.equal(result.status, 'broken');
  assert.equal(result.failures[0], 'precondition failed: expected NotAllowedError: "Permission denied"; the page received NotFoundError: "Requested device not found"');
});

test('a capture call that never settles is broken after the profile’s capture timeout', async () => {
  const t0 = Date.now();
  const { result } = await run({ ...goodApp, probeAfterStart: probeWith('getUserMedia', { pending: true }) });
  assert.equal(result.status, 'broken');
  assert.match(result.failures[0]!, /the page received getUserMedia never settled/);
  assert.ok(Date.now() - t0 >= 200, 'waited the capture timeout');
});

test('an app that makes no capture call fails', async () => {
  const { result } = await run({ ...goodApp, probeAfterStart: { ...probeWith('getUserMedia', denied), calls: [] } });
  assert.equal(result.status, 'failed');
  assert.match(result.failures[0]!, /^the app made no capture call after start/);
});

test('a page without the probe is broken', async () => {
  const { result } = await run({ ...goodApp, probeAfterStart: null });
  assert.equal(result.status, 'broken');
  assert.match(result.failures[0]!, /the probe was not found in the page/);
});

test('a profile step that throws fails the cell naming the step, and the session is still closed', async () => {
  const { result, session } = await run({ ...goodApp, failingClicks: { '#start': 'element is disabled' } });
  assert.equal(result.status, 'failed');
  assert.deepEqual(result.failures, ["profile step start[0] 'click Start' failed: element is disabled"]);
  assert.ok(session.closed());
});

test('a failed action says why from the page\'s own state (disabled, not found), before the runner\'s timeout text', async () => {
  const { result } = await run({
    ...goodApp,
    failingClicks: { '#start': 'frame.click: Timeout 5000ms exceeded.' },
    elementStates: { '#start': 'the <button> it matches is disabled' },
  });
  assert.deepEqual(result.failures, ["profile step start[0] 'click Start' failed: #start: the <button> it matches is disabled (frame.click: Timeout 5000ms exceeded.)"]);
});

test('a session that cannot be opened is a broken cell with the harness error, and no screenshot', async () => {
  const { result, dir } = await run(goodApp, { openSession: async () => Promise.reject(new Error('browser crashed\nstack...')) });
  assert.equal(result.status, 'broken');
  assert.deepEqual(result.failures, ['harness error: browser crashed']);
  assert.ok(!existsSync(join(dir, 'fake-runner', 'chrome__linux__denied__audio-only.png')));
});

test('granted: success shown passes; an error shown on success fails', async () => {
  const grantedPlan: CellPlan = {
    ...plan,
    cell: { ...plan.cell, id: 'chrome/linux/granted/audio-only', state: 'granted' },
    condition: { ...plan.condition, state: 'granted', expected: { kind: 'success' } },
  };
  const ok = await run({ probeAfterStart: probeWith('getUserMedia', {}), shownAfterStart: { '#ok': ['Recording'] } }, { plan: grantedPlan });
  assert.equal(ok.result.status, 'passed', ok.result.failures.join('\n'));
  const bad = await run({ probeAfterStart: probeWith('getUserMedia', {}), shownAfterStart: { '#ok': ['Recording'], '#err': ['Error: oops'] } }, { plan: grantedPlan });
  assert.equal(bad.result.status, 'failed');
  assert.deepEqual(bad.result.failures, ['capture succeeded but the app shows an error: "Error: oops"']);
});

test('a step that fails while the app server does not answer is an environment failure, not the app', async () => {
  const { result } = await run({ ...goodApp, failingClicks: { '#start': 'no element matches' } }, { appAnswers: async () => false });
  assert.equal(result.status, 'broken');
  assert.equal(result.brokenBy, 'environment');
  assert.match(result.failures[0]!, /^environment: the app server did not answer \(http:\/\/localhost:1\/app\); the step said: profile step start/);
});

// A recorded snapshot is checked after the rules: the same display passes, a changed step fails with
// both texts, a cell never recorded fails (never passes), and `record` records instead of comparing.
const recorded = { errorText: 'NotAllowedError: Permission denied', steps: [{ id: 'allow', text: 'Allow it' }, { id: 'try-other', text: 'Try another browser' }] };
const withSnapshot = (cells: Record<string, typeof recorded>): LoadedTarget => ({ ...target, snapshot: { path: '/fake/playbook.snapshot.json', cells } });

test('a profile with a snapshot: the display as recorded passes, checked against playbook+snapshot', async () => {
  const { result } = await run(goodApp, { target: withSnapshot({ [plan.cell.id]: recorded }) });
  assert.equal(result.status, 'passed', result.failures.join('\n'));
  assert.equal(result.checkedAgainst, 'playbook+snapshot');
});

test('a step text that changed since it was recorded fails with a diff naming it', async () => {
  const { result } = await run({ ...goodApp, shownAfterStart: { ...goodApp.shownAfterStart, '#steps li': ['Allow it', 'Try a supported browser'] } }, { target: withSnapshot({ [plan.cell.id]: recorded }) });
  assert.equal(result.status, 'failed');
  assert.deepEqual(result.failures, ['snapshot: step 2 "Try a supported browser" ≠ recorded "Try another browser" (accept on purpose: permission-harness record --update)']);
});

test('a cell the snapshot does not hold fails until recorded; record mode records it instead', async () => {
  const missing = await run(goodApp, { target: withSnapshot({}) });
  assert.equal(missing.result.status, 'failed');
  assert.match(missing.result.failures[0]!, /^snapshot: no recorded snapshot for chrome\/linux\/denied\/audio-only in \/fake\/playbook\.snapshot\.json: run permission-harness record/);
  const recording = await run(goodApp, { target: withSnapshot({}), snapshot: 'record' });
  assert.equal(recording.result.status, 'passed', recording.result.failures.join('\n'));
});

test('without a playbook rule for the cell, the snapshot alone judges it', async () => {
  const snapshotOnly: LoadedTarget = { ...withSnapshot({ [plan.cell.id]: recorded }), playbook: parsePlaybook({}, 'empty playbook') };
  const { result } = await run({ ...goodApp, attributesAfterStart: { '#steps li': ['try-other', 'allow'] }, shownAfterStart: { ...goodApp.shownAfterStart, '#steps li': ['Try another browser', 'Allow it'] } }, { target: snapshotOnly });
  assert.equal(result.checkedAgainst, 'snapshot');
  assert.equal(result.status, 'failed');
  assert.match(result.failures.join('\n'), /^snapshot: step "Allow it" moved from 1 to 2/);
});
