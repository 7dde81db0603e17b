// Each check of a mid-session change's verdict (revoke-while-recording, unplug-device), failing once for
// its own reason; the defect variant ignores-ended-track proves the same in real browsers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Display } from '../contract/cell-result.ts';
import { decideTracksEndedVerdict, type TracksEndedInput } from './tracks-ended-verdict.ts';

const ended = [
  { kind: 'audio', readyState: 'ended', endedAt: 2 },
  { kind: 'video', readyState: 'ended', endedAt: 2 },
];
const stopped = (steps: string[]): Display => ({ successVisible: false, errorVisible: true, errorText: 'Recording stopped', steps: steps.map((id) => ({ id, text: id })) });
const input = (extra: Partial<TracksEndedInput>): TracksEndedInput => ({
  action: 'revoke-while-recording',
  how: 'cdp Browser.setPermission denied',
  tracks: ended,
  waitedMs: 40,
  display: stopped(['browser-permissions', 'os-privacy-macos']),
  steps: { first: { step: 'browser-permissions', why: 'the site settings first' }, include: [], exclude: [], order: [] },
  ...extra,
});

test('tracks ended with their event, the app stopped and gave the steps: passed', () => {
  const v = decideTracksEndedVerdict(input({}));
  assert.equal(v.status, 'passed', v.failures.join('; '));
  assert.deepEqual(
    v.checks.map((c) => c.name),
    ['recovery: tracks ended', 'recovery: error shown', 'recovery: recording stopped shown', 'recovery: first step browser-permissions'],
  );
});

test('a track still live, or ended without its event, or none at all: the state was not reached (broken), whatever the app shows', () => {
  for (const tracks of [[{ kind: 'audio', readyState: 'live' }], [{ kind: 'audio', readyState: 'ended' }], []]) {
    const v = decideTracksEndedVerdict(input({ tracks, display: { successVisible: true, errorVisible: false, errorText: '', steps: [] } }));
    assert.equal(v.status, 'broken');
    assert.equal(v.brokenBy, 'state-not-reached');
    assert.match(v.failures[0]!, /^after revoke-while-recording \(cdp Browser.setPermission denied\): precondition failed: /);
  }
  const live = decideTracksEndedVerdict(input({ tracks: [{ kind: 'audio', readyState: 'live' }] }));
  assert.match(live.failures[0]!, /did not all end with an ended event within 40 ms \(audio live, no ended event\)/);
});

test('the app still records and shows nothing: one failure, it ignores the ended track', () => {
  const v = decideTracksEndedVerdict(input({ display: { successVisible: true, errorVisible: false, errorText: '', steps: [] } }));
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, ['after revoke-while-recording (cdp Browser.setPermission denied): the tracks ended but the app still shows that it records, and no error: it ignores an ended track']);
});

test('the app stopped silently: failed, the user is not told why', () => {
  const v = decideTracksEndedVerdict(input({ display: { successVisible: false, errorVisible: false, errorText: '', steps: [] } }));
  assert.deepEqual(v.failures, ['after revoke-while-recording (cdp Browser.setPermission denied): the tracks ended but the app shows no error: the user is not told why the recording stopped']);
});

test('an error over a recording that still claims to run: failed on that alone', () => {
  const v = decideTracksEndedVerdict(input({ display: { ...stopped(['browser-permissions']), successVisible: true } }));
  assert.equal(v.status, 'failed');
  assert.deepEqual(v.failures, ['after revoke-while-recording (cdp Browser.setPermission denied): the app shows its error but still shows that it records, over tracks that ended']);
});

test("the steps are the playbook's for the state the change left: the wrong first step fails", () => {
  const v = decideTracksEndedVerdict(input({ action: 'unplug-device', display: stopped(['device-selection', 'browser-permissions']) }));
  assert.equal(v.status, 'failed');
  assert.match(v.failures[0]!, /^after unplug-device \(.*\): first step is 'device-selection', expected 'browser-permissions'/);
});
