// Adding an engine is one folder plus one registry line: an engine and a runner defined here, in a
// test, are picked up by the matrix, the planner, availability, the driver loop, the summary and
// doctor with no other edit (the fake engine's driver is a fake session, so no browser runs).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { STATES, type State } from '../../scenarios/axes.ts';
import { parsePlaybook, parseProfile, type LoadedTarget } from '../app-profile/load-profile.ts';
import type { Cell } from '../contract/cell.ts';
import type { CellResult } from '../contract/cell-result.ts';
import type { ConditionRow, EngineModule } from '../contract/engine-module.ts';
import type { RunnerPlugin } from '../contract/runner-plugin.ts';
import type { SessionRequest } from '../contract/session.ts';
import { drivePlan } from '../drive/drive-plan.ts';
import { fakeSession, probeWith, silentReporter } from '../drive/fake-session.ts';
import { EngineRegistry, engines } from '../engines/registry.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { availability } from '../plan/availability.ts';
import { planCells } from '../plan/plan-cells.ts';
import { summaryTable } from '../report/summary-table.ts';
import { RunnerRegistry } from '../runners/registry.ts';
import { doctorCommand } from './doctor-command.ts';

const REFUSAL = { name: 'NotAllowedError', message: 'Refused by the fake engine' };

// Every state gets a row; granted succeeds, every other state is the same native refusal.
const row =
  (state: State): ConditionRow =>
  (cell: Cell) => ({
    state: cell.state,
    fidelity: 'native',
    mechanism: `fake mechanism for ${state}`,
    launch: {},
    placement: {},
    expected: state === 'granted' ? { kind: 'success' } : { kind: 'exception', ...REFUSAL, source: 'the fake engine' },
  });

/** The driver the fake engine offers the fake runner: it answers like the app would in that state. */
const fakeDriver = {
  session: (request: SessionRequest) =>
    fakeSession(
      request.cell.state === 'granted'
        ? { probeAfterStart: probeWith('getUserMedia', {}), shownAfterStart: { '#ok': ['Recording'] } }
        : { probeAfterStart: probeWith('getUserMedia', { error: REFUSAL }), shownAfterStart: { '#err': [`${REFUSAL.name}: ${REFUSAL.message}`], '#steps li': ['Allow'] }, attributesAfterStart: { '#steps li': ['allow'] } },
      'Fake 1.0',
    ),
};

const fakeEngine: EngineModule = {
  name: 'fakeengine',
  label: 'Fake Engine',
  runners: { 'fake-runner': { needs: [], driver: async () => fakeDriver } },
  unsupported: { playwright: 'the fake engine has no Playwright build' },
  conditions: Object.fromEntries(STATES.map((s) => [s.id, row(s.id)])) as Record<State, ConditionRow>,
  messages: { refusal: { ...REFUSAL, source: 'the fake engine' } },
};

const fakeRunner: RunnerPlugin = {
  name: 'fake-runner',
  start: () => ({ open: async (request, driver) => (driver as typeof fakeDriver).session(request), close: async () => {} }),
};

const registry = new EngineRegistry([...engines.all(), fakeEngine]);
const runnerRegistry = new RunnerRegistry([{ name: 'fake-runner', label: 'Fake runner', load: async () => fakeRunner }]);

function servedTarget(): LoadedTarget {
  const dir = mkdtempSync(join(tmpdir(), 'ph-fake-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>fake</title>');
  return {
    profile: parseProfile(
      {
        name: 'fake app',
        serve: '.',
        url: '/index.html',
        modes: { 'audio-only': [{ click: '#audio' }] },
        start: [{ click: '#start' }],
        outcome: { success: '#ok', error: '#err', errorText: '{name}: {message}', steps: '#steps li', stepIdAttribute: 'data-step' },
        playbook: 'playbook.json',
        timeouts: { actionMs: 200, captureMs: 200 },
      },
      'fake',
    ),
    playbook: parsePlaybook({ steps: { allow: {} }, rules: [{ why: 'refusals show allow', when: { state: ['denied'] }, first: 'allow' }] }, 'fake'),
    source: join(dir, 'profile.json'),
    serveDir: dir,
    secrets: [],
  };
}

test('a new engine is planned, driven, summarised and listed by doctor with no other edit', async () => {
  const spec = loadMatrix();
  spec.engines.unshift({ when: { browser: ['firefox'], os: ['linux'] }, engine: 'fakeengine', why: 'the test engine hosts Firefox on Linux' });
  const cells = selectCells(spec, { ids: ['firefox/linux/denied/audio-only', 'firefox/linux/granted/audio-only', 'firefox/linux/denied/audio-video'] });
  assert.ok(cells.every((c) => c.engine === 'fakeengine'));

  const target = servedTarget();
  const plans = planCells(cells, target, { engines: registry });
  assert.deepEqual(plans.map((p) => [p.runner, p.condition.mechanism, p.unavailable ?? '']), [
    ['fake-runner', 'fake mechanism for granted', ''],
    ['fake-runner', 'fake mechanism for denied', ''],
    ['fake-runner', 'fake mechanism for denied', 'target profile "fake app" has no way to pick mode audio-video'],
  ]);
  assert.equal(availability(fakeEngine, 'fake-runner').ok, true);
  assert.equal(availability(fakeEngine, 'playwright').detail, 'the fake engine has no Playwright build');

  const dir = mkdtempSync(join(tmpdir(), 'ph-fake-results-'));
  const runPlan = { targetProfile: target.source, query: {}, options: { headed: false, underCli: false, cellResultsDir: dir, allureResultsDir: dir }, plans };
  const outcomes = await drivePlan(runPlan, { start: () => silentReporter, finish: () => {} }, { engines: registry, runners: runnerRegistry, target, pollMs: 5 });
  const results = outcomes.flatMap((o) => (o.kind === 'ran' ? [o.result] : []));
  assert.deepEqual(results.map((r) => [r.id, r.status, r.browserVersion]), [
    ['firefox/linux/granted/audio-only', 'passed', 'Fake 1.0'],
    ['firefox/linux/denied/audio-only', 'passed', 'Fake 1.0'],
  ]);
  assert.deepEqual(outcomes.filter((o) => o.kind === 'skipped').length, 1);

  const skipped: CellResult = { ...results[0]!, id: plans[2]!.cell.id, cell: plans[2]!.cell, status: 'skipped', fidelity: 'unavailable', skipReason: plans[2]!.unavailable };
  const summary = summaryTable([...results, skipped]);
  assert.ok(summary.includes('firefox/linux (fakeengine via fake-runner)'), summary);
  assert.match(summary, /\n2 passed, 0 failed, 0 broken, 1 skipped$/);

  const lines: string[] = [];
  await doctorCommand(registry, (l) => lines.push(l));
  assert.ok(lines.some((l) => /^ {2}ok\s+fakeengine via fake-runner/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^ {2}n\/a\s+fakeengine via playwright\s+the fake engine has no Playwright build$/.test(l)), lines.join('\n'));
});
