// The playbook's rule semantics as README states them ("Writing a playbook: rule semantics"), one
// test per statement, so the text cannot drift from what the loader and the verdict do.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { matchingSteps, recogniseStep } from '../app-profile/interpret.ts';
import { checkPlaybookAgainstMatrix, loadTarget, parsePlaybook } from '../app-profile/load-profile.ts';
import type { Display, ShownStep } from '../contract/cell-result.ts';
import type { Cell } from '../contract/cell.ts';
import type { ExpectedObservation } from '../contract/condition.ts';
import { expectedSteps, stepMatches } from './expected-steps.ts';
import { decideVerdict } from './verdict.ts';

const cellOf = (id: string): Cell => {
  const [browser, os, state, mode] = id.split('/') as [Cell['browser'], Cell['os'], Cell['state'], Cell['mode']];
  return { id, browser, os, state, mode, engine: 'x' };
};
const CELLS = ['chrome/macos/denied/audio-only', 'chrome/windows/denied/audio-only', 'chrome/macos/device-busy/audio-video'].map(cellOf);
const macDenied = CELLS[0]!;
const denied: ExpectedObservation = { kind: 'exception', name: 'NotAllowedError', message: 'Permission denied', source: 'test' };
const observed = { kind: 'exception', api: 'getUserMedia', name: 'NotAllowedError', message: 'Permission denied', request: { audio: true, video: false, constraints: { audio: true } } } as const;
const shown = (...ids: string[]): ShownStep[] => ids.map((id) => ({ id, text: id }));
const display = (steps: ShownStep[], errorText = 'NotAllowedError: Permission denied'): Display => ({ successVisible: false, errorVisible: true, errorText, steps });

function judge(book: object, steps: ShownStep[], cell = macDenied) {
  const playbook = parsePlaybook(book, 'b.json');
  return decideVerdict({ expected: denied, observed, display: display(steps), steps: expectedSteps(playbook, cell), errorTemplate: '{name}: {message}' });
}
const issues = (book: object) => checkPlaybookAgainstMatrix(parsePlaybook(book, 'b.json'), CELLS).map((i) => `${i.path.join('.')}: ${i.message}`);

const catalogue = { 'allow-site': {}, 'os-privacy': {}, 'os-privacy.camera': {}, 'close-apps': {}, restart: {} };

test('several matching rules: every include, exclude and order is checked; first and last come from the last rule that sets them', () => {
  const book = {
    steps: catalogue,
    rules: [
      { why: 'all denials', when: { state: ['denied'] }, include: ['allow-site'], first: 'allow-site', last: 'restart' },
      { why: 'audio only', when: { mode: ['audio-only'] }, exclude: ['*.camera'] },
      { why: 'mac denials', when: { state: ['denied'], os: ['macos'] }, include: ['os-privacy'], first: 'os-privacy' },
    ],
  };
  const exp = expectedSteps(parsePlaybook(book, 'b.json'), macDenied);
  assert.deepEqual(exp.include.map((i) => i.step), ['allow-site', 'os-privacy']);
  assert.deepEqual(exp.exclude.map((i) => i.step), ['*.camera']);
  assert.deepEqual(exp.first, { step: 'os-privacy', why: 'mac denials' });
  assert.deepEqual(exp.last, { step: 'restart', why: 'all denials' });
  assert.equal(judge(book, shown('os-privacy', 'allow-site', 'restart')).status, 'passed');
  assert.deepEqual(judge(book, shown('os-privacy', 'allow-site', 'os-privacy.camera', 'restart')).failures, ["unexpected step 'os-privacy.camera' shown (audio only)"]);
});

test('two rules setting different first for one cell: a load error unless the later one is narrower', () => {
  assert.deepEqual(issues({ steps: catalogue, rules: [{ why: 'a', when: { state: ['denied'] }, first: 'allow-site' }, { why: 'b', when: { os: ['macos'] }, first: 'os-privacy' }] }), [
    'rules.1.first: "os-privacy" contradicts rules.0.first "allow-site" for cell chrome/macos/denied/audio-only (neither rule is more specific)',
  ]);
  assert.deepEqual(issues({ steps: catalogue, rules: [{ why: 'a', when: { state: ['denied'] }, first: 'allow-site' }, { why: 'b', when: { state: ['denied'], os: ['macos'] }, first: 'os-privacy' }] }), []);
});

test('a step required by one rule and excluded by another for the same cell is a load error', () => {
  assert.deepEqual(issues({ steps: catalogue, rules: [{ why: 'a', when: { state: ['denied'] }, include: ['os-privacy.camera'] }, { why: 'b', when: { mode: ['audio-only'] }, exclude: ['*.camera'] }] }), [
    'rules.0.include: "os-privacy.camera" is required but rules.1.exclude "*.camera" forbids it for cell chrome/macos/denied/audio-only: that cell could never pass (narrow one rule\'s when)',
  ]);
  // A glob is required as "at least one of": only when every step it names is excluded is it a contradiction.
  assert.deepEqual(issues({ steps: catalogue, rules: [{ why: 'a', when: {}, include: ['os-privacy*'] }, { why: 'b', when: { mode: ['audio-only'] }, exclude: ['*.camera'] }] }), []);
});

test('order: only the listed steps that are shown must be in that order; absent ones are skipped', () => {
  const book = { steps: catalogue, rules: [{ why: 'o', when: {}, order: ['allow-site', 'os-privacy', 'restart'] }] };
  assert.equal(judge(book, shown('allow-site', 'restart')).status, 'passed');
  assert.equal(judge(book, shown('close-apps')).status, 'passed');
  assert.deepEqual(judge(book, shown('restart', 'allow-site')).failures, ["steps out of order: 'allow-site' must come before 'restart' (o); shown: restart, allow-site"]);
});

test('an order of one step is a load error (it would check nothing)', () => {
  assert.throws(() => parsePlaybook({ steps: catalogue, rules: [{ why: 'o', when: {}, order: ['restart'] }] }, 'b.json'), {
    message: 'invalid playbook b.json: rules.0.order: an order needs at least two steps (one step has no order; use include or first)',
  });
});

test('`*` in a step ref matches any run of characters, dots included; no `*` is the exact id', () => {
  assert.ok(stepMatches('*.camera', 'os-privacy.camera'));
  assert.ok(stepMatches('*.camera', 'a.b.camera'));
  assert.ok(stepMatches('os-*', 'os-privacy.camera'));
  assert.ok(!stepMatches('*.camera', 'camera'));
  assert.ok(!stepMatches('os-privacy', 'os-privacy.camera'));
});

test('step text patterns are case-insensitive, unanchored regular expressions', () => {
  const book = parsePlaybook({ steps: { 'allow-site': { text: 'address bar' }, restart: { text: '^restart' } }, rules: [] }, 'b.json');
  assert.equal(recogniseStep(book, 'Click the lock in the ADDRESS BAR and allow'), 'allow-site');
  assert.equal(recogniseStep(book, 'Restart the browser'), 'restart');
  assert.equal(recogniseStep(book, 'Then restart the browser'), null);
});

test('a shown step that matches no pattern, or two, fails the cell when a rule judges its steps', () => {
  const book = parsePlaybook({ steps: { cam: { text: 'camera' }, mic: { text: 'microphone' } }, rules: [] }, 'b.json');
  assert.deepEqual(matchingSteps(book, 'Allow the microphone and camera'), ['cam', 'mic']);
  assert.equal(recogniseStep(book, 'Allow the microphone and camera'), null);
  const rules = { steps: { cam: { text: 'camera' }, mic: { text: 'microphone' } }, rules: [{ why: 'w', when: {}, exclude: ['cam'] }] };
  assert.deepEqual(judge(rules, [{ id: null, text: 'Reboot' }, { id: null, text: 'Allow the microphone and camera', ambiguous: ['cam', 'mic'] }]).failures, [
    'shown step "Reboot" is none of the playbook\'s steps (it has no step id and matches no step\'s text pattern): add it to the playbook\'s steps',
    'shown step "Allow the microphone and camera" matches the text patterns of several playbook steps (cam, mic): make the patterns exclusive',
  ]);
  const first = { steps: { cam: { text: 'camera' } }, rules: [{ why: 'w', when: {}, first: 'cam' }] };
  assert.deepEqual(judge(first, [{ id: null, text: 'Reboot' }]).failures, [
    'shown step "Reboot" is none of the playbook\'s steps (it has no step id and matches no step\'s text pattern): add it to the playbook\'s steps',
    'first step is an unrecognised step "Reboot", expected \'cam\' (w); shown: (unrecognised)',
  ]);
  // No rule for the cell: its steps are not judged at all.
  assert.equal(judge({ steps: {}, rules: [] }, [{ id: null, text: 'Reboot' }]).status, 'passed');
});

test('an empty playbook is valid: only the error and its text are checked', () => {
  const book = parsePlaybook({}, 'b.json');
  assert.deepEqual(book, { steps: {}, rules: [] });
  assert.equal(judge({}, shown('anything')).status, 'passed');
  const wrongText = decideVerdict({ expected: denied, observed, display: display([], 'Oops'), steps: expectedSteps(book, macDenied), errorTemplate: '{name}' });
  assert.equal(wrongText.status, 'failed');
});

test('when is an object of axis lists; a string says so', () => {
  assert.throws(() => parsePlaybook({ rules: [{ why: 'w', when: 'chrome/*/denied/*' }] }, 'b.json'), {
    message: 'invalid playbook b.json: rules.0.when: expected an object of axis lists (browser, os, state, mode), e.g. {"state": ["denied"], "mode": ["audio-only"]}; {} matches every cell',
  });
  assert.throws(() => parsePlaybook({ rules: [{ why: 'w', when: { state: ['denid'] } }] }, 'b.json'), /rules\.0\.when\.state\.0: Invalid option: expected one of "granted"\|"denied"/);
});

test('no capture API at all (insecure-context): the error must be shown, its text is not checked', () => {
  const apiMissing = { kind: 'api-missing' } as const;
  const v = decideVerdict({ expected: { kind: 'api-missing', source: 'test' } as ExpectedObservation, observed: apiMissing as never, display: display([], 'Recording needs https'), steps: expectedSteps(parsePlaybook({}, 'b'), macDenied), errorTemplate: '{name}: {message}' });
  assert.equal(v.status, 'passed', v.failures.join('\n'));
  assert.ok(!v.checks.some((c) => c.name === 'error text'));
});

test('serve and playbook are relative to the profile file, or absolute', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-paths-'));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'books'));
  writeFileSync(join(dir, 'books', 'playbook.json'), '{}');
  const profile = { name: 'x', url: '/index.html', modes: {}, start: [{ click: '#go' }], outcome: { success: '.ok', error: '.err', steps: 'li' } };
  writeFileSync(join(dir, 'relative.json'), JSON.stringify({ ...profile, serve: 'app', playbook: 'books/playbook.json' }));
  writeFileSync(join(dir, 'absolute.json'), JSON.stringify({ ...profile, serve: join(dir, 'app'), playbook: join(dir, 'books', 'playbook.json') }));
  for (const file of ['relative.json', 'absolute.json']) assert.equal(loadTarget(join(dir, file), {}).serveDir, join(dir, 'app'));
});
