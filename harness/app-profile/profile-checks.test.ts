// Profiles and playbooks that cannot be quietly wrong: one row per input, with the exact message
// (or, for the allowed cases, no error and the expected warnings).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Cell } from '../contract/cell.ts';
import { checkPlaybookAgainstMatrix, loadTarget, parsePlaybook, parseProfile } from './load-profile.ts';

const profile = {
  name: 'x',
  url: 'https://staging.example.test/record',
  modes: { 'audio-only': [{ click: '#mic' }] },
  start: [{ click: '#go' }],
  outcome: { success: '.ok', error: '.err', steps: '.help p' },
  playbook: 'playbook.json',
};
const withOutcome = (extra: object) => ({ ...profile, outcome: { ...profile.outcome, ...extra } });

const steps = { a: {}, b: {}, 'browser-permissions': {}, 'browser-permissions.camera': {}, 'close-other-apps.camera': {} };
const book = (...rules: object[]) => ({ steps, rules: rules.map((r) => ({ why: 'w', ...r })) });
/** Every catalogue step used once, so rows about other checks give no warning. */
const useAll = { when: {}, include: Object.keys(steps) };

/** A small in-memory matrix for checkPlaybookAgainstMatrix. */
const CELLS: Cell[] = [
  'chrome/macos/denied/audio-only',
  'chrome/macos/denied/screen-share',
  'chrome/windows/denied/audio-only',
  'chrome/linux/dismissed/audio-only',
  'firefox/linux/device-busy/audio-video',
  'safari/macos/denied/audio-only',
].map((id) => {
  const [browser, os, state, mode] = id.split('/') as [Cell['browser'], Cell['os'], Cell['state'], Cell['mode']];
  return { id, browser, os, state, mode, engine: 'x' };
});

const ACTIONS = 'an action has one of click, check, select (with value), fill (with value), waitFor, goto, reload, localStorage, and optionally name';

type Row = {
  name: string;
  /** profile: parseProfile; playbook: parsePlaybook; cells: checkPlaybookAgainstMatrix over CELLS; load: loadTarget from files (real matrix). */
  kind: 'profile' | 'playbook' | 'cells' | 'load';
  input: object;
  /** The `path: message` lines expected, or none (valid). */
  error?: string[];
  /** For `load` rows: the warnings expected (`<dir>` stands for the temporary folder). */
  warnings?: string[];
};

const rows: Row[] = [
  // 1. outcome.errorText placeholders
  { name: 'errorText with a misspelt placeholder', kind: 'profile', input: withOutcome({ errorText: '{nam}: {message}' }),
    error: ['outcome.errorText: unknown placeholder {nam}: valid placeholders are {name}, {message}'] },
  { name: 'errorText with two unknown placeholders', kind: 'profile', input: withOutcome({ errorText: '{Name} - {msg}' }),
    error: ['outcome.errorText: unknown placeholder {Name}: valid placeholders are {name}, {message}', 'outcome.errorText: unknown placeholder {msg}: valid placeholders are {name}, {message}'] },
  { name: 'errorText "{name}" stays allowed', kind: 'profile', input: withOutcome({ errorText: '{name}' }) },
  { name: 'errorText with no placeholder (a fixed text) stays allowed', kind: 'profile', input: withOutcome({ errorText: 'Could not start recording' }) },
  { name: 'errorText with ${ENV} (substituted later) and {message} stays allowed', kind: 'profile', input: withOutcome({ errorText: '${ERR_PREFIX} {message}' }) },

  // 5. actions
  { name: 'unknown action key in modes', kind: 'profile', input: { ...profile, modes: { 'audio-only': [{ clik: '#mic' }] } },
    error: [`modes.audio-only.0: unknown action {"clik": …}: ${ACTIONS}`] },
  { name: 'unknown action key in start (with a name)', kind: 'profile', input: { ...profile, start: [{ clickk: '#go', name: 'join' }] },
    error: [`start.0: unknown action {"clickk": …, "name": …}: ${ACTIONS}`] },
  { name: 'unknown action key in setup', kind: 'profile', input: { ...profile, setup: [{ click: '#ok' }, { wait: '#banner' }] },
    error: [`setup.1: unknown action {"wait": …}: ${ACTIONS}`] },
  { name: 'unknown action key in staleDevice', kind: 'profile', input: { ...profile, staleDevice: [{ localstorage: { key: 'k', value: 'v' } }, { reload: true }] },
    error: [`staleDevice.0: unknown action {"localstorage": …}: ${ACTIONS}`] },
  { name: 'an action that is not an object', kind: 'profile', input: { ...profile, start: ['click #go'] },
    error: [`start.0: unknown action "click #go": ${ACTIONS}`] },
  { name: 'two verbs in one action', kind: 'profile', input: { ...profile, start: [{ click: '#go', fill: '#name', value: 'x' }] },
    error: [`start.0: ambiguous action {"click": …, "fill": …, "value": …} (click and fill): ${ACTIONS}`] },
  { name: 'a known verb missing its value names the field', kind: 'profile', input: { ...profile, modes: { 'audio-only': [{ select: '#mode' }] } },
    error: ['modes.audio-only.0.value: Invalid input: expected string, received undefined'] },
  { name: 'a known verb with a misspelt extra key names the key', kind: 'profile', input: { ...profile, start: [{ click: '#go', nmae: 'join' }] },
    error: ['start.0: Unrecognized key: "nmae"'] },
  { name: 'every valid action shape stays valid', kind: 'profile',
    input: { ...profile, setup: [{ click: '#a', name: 'n' }, { check: '#r' }, { select: '#b', value: 'v' }, { fill: '#c', value: 'v' }, { waitFor: '#d' }, { goto: '/x' }, { reload: true }, { localStorage: { key: 'k', value: 'v' } }] } },

  // 2. step globs
  { name: 'a glob that matches no step', kind: 'playbook', input: book(useAll, { when: {}, exclude: ['camera-typo.*'] }),
    error: ['rules.1.exclude: glob "camera-typo.*" matches no step (none in steps)'] },
  { name: 'a glob in first, order and last that matches no step', kind: 'playbook', input: book(useAll, { when: {}, first: 'os-privacy-*', order: ['a', 'b*x'], last: '*.mic' }),
    error: ['rules.1.first: glob "os-privacy-*" matches no step (none in steps)', 'rules.1.last: glob "*.mic" matches no step (none in steps)', 'rules.1.order: glob "b*x" matches no step (none in steps)'] },
  { name: 'globs that match (across dots) stay allowed', kind: 'playbook', input: book(useAll, { when: {}, exclude: ['*.camera', 'browser-permissions*', 'close-*'] }) },

  // 3. rules that reach no cell
  { name: 'a rule whose when matches no cell', kind: 'cells', input: book(useAll, { when: { browser: ['safari'], os: ['windows'] }, include: ['a'] }),
    error: ['rules.1.when: matches no cell of the matrix ({"browser":["safari"],"os":["windows"]})'] },
  { name: 'a rule whose when a constraint of the real matrix removes', kind: 'load', input: book(useAll, { when: { browser: ['safari'], os: ['windows'] }, include: ['a'] }),
    error: ['rules.1.when: matches no cell of the matrix ({"browser":["safari"],"os":["windows"]}): every such combination is removed by constraint safari-only-apple (Safari ships only on macOS and iOS)'] },

  // 6. contradicting first / last
  { name: 'two overlapping rules with different first, neither more specific', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'] }, first: 'a' }, { when: { os: ['macos'] }, first: 'b' }),
    error: ['rules.2.first: "b" contradicts rules.1.first "a" for cell chrome/macos/denied/audio-only (neither rule is more specific)'] },
  { name: 'two overlapping rules with different last, neither more specific', kind: 'cells',
    input: book(useAll, { when: { browser: ['chrome'], mode: ['audio-only'] }, last: 'a' }, { when: { os: ['windows', 'linux'] }, last: 'b' }),
    error: ['rules.2.last: "b" contradicts rules.1.last "a" for cell chrome/windows/denied/audio-only (neither rule is more specific)'] },
  { name: 'two rules with the same when and different first', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'] }, first: 'a' }, { when: { state: ['denied'] }, first: 'b' }),
    error: ['rules.2.first: "b" contradicts rules.1.first "a" for cell chrome/macos/denied/audio-only (neither rule is more specific)'] },
  { name: 'a later, broader rule that overrides a more specific one', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'], os: ['macos'] }, first: 'a' }, { when: { state: ['denied'] }, first: 'b' }),
    error: ['rules.2.first: "b" contradicts rules.1.first "a" for cell chrome/macos/denied/audio-only (the later, broader rule wins over the more specific one: put rules.1 after rules.2)'] },
  { name: 'a later, more specific rule overriding first stays allowed (extra axis)', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'] }, first: 'a' }, { when: { state: ['denied'], os: ['macos'] }, first: 'b' }) },
  { name: 'a later, more specific rule overriding last stays allowed (fewer values)', kind: 'cells',
    input: book(useAll, { when: { os: ['macos', 'windows'] }, last: 'a' }, { when: { os: ['macos'] }, last: 'b' }) },
  { name: 'overlapping rules that agree on first stay allowed', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'] }, first: 'a' }, { when: { os: ['macos'] }, first: 'a' }) },
  { name: 'different first on rules that share no cell stay allowed', kind: 'cells',
    input: book(useAll, { when: { state: ['denied'] }, first: 'a' }, { when: { state: ['device-busy'] }, first: 'b' }) },

  // 4. unused steps: a warning, not an error
  { name: 'a step no rule uses gives a warning, not an error', kind: 'load', input: book({ when: {}, include: ['a', '*.camera', 'browser-permissions'] }),
    warnings: ['playbook <dir>/playbook.json: step "b" is used by no rule'] },
  { name: 'a step used only through a glob gives no warning', kind: 'load', input: book({ when: {}, include: ['a', 'b'], exclude: ['*.camera', 'browser-*'] }), warnings: [] },

  // 7. written and recorded playbooks (issue 15): an empty playbook is error text only; a snapshot alone will do; neither is refused
  { name: 'an empty playbook {} loads (error text only), with no warning', kind: 'load', input: {}, warnings: [] },
  { name: 'a profile with a snapshot and no playbook stays allowed', kind: 'profile', input: { ...profile, playbook: undefined, snapshot: 'playbook.snapshot.json' } },
  { name: 'a profile with both stays allowed', kind: 'profile', input: { ...profile, snapshot: 'playbook.snapshot.json' } },
  { name: 'a profile with neither a playbook nor a snapshot', kind: 'profile', input: { ...profile, playbook: undefined },
    error: ['playbook: a profile needs "playbook" (written rules; {} checks the error text only), "snapshot" (recorded by permission-harness record), or both'] },
];

function run(row: Row): { lines: string[]; warnings?: string[] } {
  // One problem: `invalid <what> <file>: path: message` on one line; several: a heading, then a line each.
  const lines = (e: unknown) => {
    const all = (e as Error).message.split('\n');
    return all.length === 1 ? [all[0]!.replace(/^invalid (target profile|playbook) \S+: /, '')] : all.slice(1).map((l) => l.trim());
  };
  try {
    if (row.kind === 'profile') parseProfile(row.input, 'p.json');
    else if (row.kind === 'playbook') parsePlaybook(row.input, 'b.json');
    else if (row.kind === 'cells') {
      return { lines: checkPlaybookAgainstMatrix(parsePlaybook(row.input, 'b.json'), CELLS).map((i) => `${i.path.join('.')}: ${i.message}`) };
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'ph-checks-'));
      writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
      writeFileSync(join(dir, 'playbook.json'), JSON.stringify(row.input));
      const t = loadTarget(join(dir, 'profile.json'), {});
      return { lines: [], warnings: t.warnings?.map((w) => w.split(dir).join('<dir>')) };
    }
    return { lines: [] };
  } catch (e) {
    if (!(e instanceof Error) || e.name !== 'UsageError') throw e;
    return { lines: lines(e) };
  }
}

for (const row of rows) {
  test(`${row.kind}: ${row.name}`, () => {
    const got = run(row);
    assert.deepEqual(got.lines, row.error ?? []);
    if (row.warnings) assert.deepEqual(got.warnings, row.warnings);
  });
}

test('a load-time error says which file and lists every problem as `path: message`', () => {
  assert.throws(
    () => parseProfile({ ...withOutcome({ errorText: '{nam}' }), start: [{ clik: '#go' }] }, 'p.json'),
    {
      name: 'UsageError',
      message: [
        'invalid target profile p.json:',
        `  start.0: unknown action {"clik": …}: ${ACTIONS}`,
        '  outcome.errorText: unknown placeholder {nam}: valid placeholders are {name}, {message}',
      ].join('\n'),
    },
  );
});

test('one problem is one line: the file, the field and the message', () => {
  assert.throws(() => parseProfile({ ...profile, modes: { 'audio-only': [{ clik: '#mic' }] } }, 'p.json'), {
    name: 'UsageError',
    message: `invalid target profile p.json: modes.audio-only.0: unknown action {"clik": …}: ${ACTIONS}`,
  });
});

for (const app of ['recording-app', 'meeting-app']) {
  test(`the bundled ${app} profile and playbook load with no error and no warning`, () => {
    const t = loadTarget(new URL(`../../fixtures/${app}/profile.json`, import.meta.url).pathname, {});
    assert.deepEqual(t.warnings, []);
  });
}

test('a snapshot the profile names is loaded beside it (absent: no cell recorded yet); a malformed one is one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-checks-'));
  writeFileSync(join(dir, 'profile.json'), JSON.stringify({ ...profile, playbook: undefined, snapshot: 'playbook.snapshot.json' }));
  const empty = loadTarget(join(dir, 'profile.json'), {});
  assert.deepEqual(empty.snapshot, { path: join(dir, 'playbook.snapshot.json'), cells: {} });
  assert.deepEqual(empty.playbook.rules, []);
  const entry = { errorText: 'NotAllowedError: Permission denied', steps: [{ text: 'Allow it', id: 'allow' }] };
  writeFileSync(join(dir, 'playbook.snapshot.json'), JSON.stringify({ cells: { 'chrome/linux/denied/audio-only': entry } }));
  assert.deepEqual(loadTarget(join(dir, 'profile.json'), {}).snapshot?.cells, { 'chrome/linux/denied/audio-only': entry });
  writeFileSync(join(dir, 'playbook.snapshot.json'), JSON.stringify({ cells: { 'chrome/linux/denied/audio-only': { errorText: 'x', steps: [{ txt: 'Allow it' }] } } }));
  assert.throws(() => loadTarget(join(dir, 'profile.json'), {}), (e: Error) => e.name === 'UsageError' && /^invalid snapshot .*playbook\.snapshot\.json:\n {2}cells\.chrome\/linux\/denied\/audio-only\.steps\.0/.test(e.message));
});
