// Known issues: which failures an entry covers, expiry, entries whose cells now pass, the file's
// validation (one line naming the problem), and the same decision as Allure resolution rules.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKnownIssues } from '../app-profile/load-profile.ts';
import type { CellResult } from '../contract/cell-result.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import { UsageError } from '../util/errors.ts';
import { failureCause } from './failure-cause.ts';
import { cellTestCaseId } from './history-identity.ts';
import { allureResolutions, classifyKnownIssues, ticketParts } from './known-issues.ts';

const result = (id: string, status: CellResult['status'], failures: string[] = [], runner = 'playwright'): CellResult => {
  const [browser, os, state, mode] = id.split('/') as [never, never, never, never];
  return {
    id, cell: { id, browser, os, state, mode, engine: 'e' as never }, runner, fidelity: 'native', mechanism: 'm', status,
    failures, checks: [], observed: '', errorText: '', steps: [], browserVersion: '1', durationMs: 1,
  };
};
const issue = (extra: Partial<KnownIssue> = {}): KnownIssue => ({
  cells: 'chrome/*/denied/audio-video', failure: 'swallowed the error', ticket: 'https://example.test/acme/issues/42', expires: '2030-01-31', ...extra,
});
const NOW = new Date('2030-01-15T12:00:00Z');
const SWALLOWED = 'the app swallowed the error: the page received NotAllowedError: "Permission denied" but no error is shown';

test('a failure the entry expects is known; another failure, another cell or a pass is not', () => {
  const results = [
    result('chrome/linux/denied/audio-video', 'failed', [SWALLOWED]),
    result('chrome/macos/denied/audio-video', 'failed', ['step "open-site-settings" missing']),
    result('chrome/linux/denied/audio-only', 'failed', [SWALLOWED]),
    result('chrome/windows/denied/audio-video', 'passed'),
  ];
  const out = classifyKnownIssues([issue()], results, NOW);
  assert.deepEqual([...out.known.keys()], ['playwright#chrome/linux/denied/audio-video']);
  assert.deepEqual(out.expired, []);
  assert.deepEqual(out.unneeded, [], 'one covered cell still fails as expected: the entry is needed');
});

test('a /regex/ failure is matched against the failure lines joined by newlines, as Allure does', () => {
  const r = result('chrome/linux/denied/audio-video', 'broken', ['precondition failed: x', 'second line: NotAllowedError']);
  assert.equal(classifyKnownIssues([issue({ failure: '/^second line: Not\\w+Error/' })], [r], NOW).known.size, 0, 'no multiline flag: ^ is the message start');
  assert.equal(classifyKnownIssues([issue({ failure: '/x\\nsecond line/' })], [r], NOW).known.size, 1);
});

test('an entry covers its expiry day; from the next day it has expired: no cell is known by it and it is listed', () => {
  const results = [result('chrome/linux/denied/audio-video', 'failed', [SWALLOWED])];
  assert.equal(classifyKnownIssues([issue({ expires: '2030-01-15' })], results, NOW).known.size, 1);
  const out = classifyKnownIssues([issue({ expires: '2030-01-14' })], results, NOW);
  assert.equal(out.known.size, 0);
  assert.deepEqual(out.expired.map((e) => e.cells), [['chrome/linux/denied/audio-video']]);
  // An expired entry covering no cell of the run is not this run's concern.
  assert.deepEqual(classifyKnownIssues([issue({ expires: '2020-01-01', cells: 'safari/*/*/*' })], results, NOW).expired, []);
});

test('an entry whose cells ran and passed is flagged for removal', () => {
  const out = classifyKnownIssues([issue()], [result('chrome/linux/denied/audio-video', 'passed'), result('chrome/macos/denied/audio-video', 'skipped')], NOW);
  assert.deepEqual(out.unneeded.map((u) => u.passed), [['chrome/linux/denied/audio-video']]);
});

test('the known cells become one Allure issue rule per entry: test case ids, the message pattern, the ticket as link template and id', () => {
  const scope = { target: 't', query: { defect: 'swallow-error' } };
  const text = 'the app swallowed (the) error';
  const results = [result('chrome/linux/denied/audio-video', 'failed', [text]), result('chrome/linux/denied/audio-video', 'failed', [text], 'webdriverio')];
  const out = classifyKnownIssues([issue({ failure: 'swallowed (the) error' })], results, NOW);
  assert.equal(out.known.size, 2, 'the same cell on both runners');
  const r = allureResolutions(out, results, scope);
  assert.deepEqual(r.links, { ticket: { urlTemplate: 'https://example.test/acme/issues/%s', nameTemplate: 'example.test/acme/issues/%s' } });
  assert.equal(r.rules.length, 1);
  assert.deepEqual(r.rules[0]!.issue, { id: '42', type: 'ticket' });
  assert.deepEqual(r.rules[0]!.testCaseId, [cellTestCaseId(scope, 'chrome/linux/denied/audio-video')]);
  assert.ok(new RegExp(r.rules[0]!.messageRegexp).test('x swallowed (the) error y'), 'a substring is escaped');
  assert.ok(!new RegExp(r.rules[0]!.messageRegexp).test('swallowed the error'));
  assert.deepEqual(ticketParts('https://jira.example.test/browse/REC-7'), { prefix: 'https://jira.example.test/browse/', id: 'REC-7' });
});

test('a malformed known-issues file is one line naming the file, the field and the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ph-ki-'));
  const write = (content: unknown) => {
    const path = join(dir, `${Math.random()}.json`);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const cases: Array<[unknown, RegExp]> = [
    ['{ not json', /is not valid JSON/],
    [{ issues: [{ ...issue(), expires: '31.01.2030' }] }, /issues\.0\.expires: expected a date YYYY-MM-DD$/],
    [{ issues: [{ ...issue(), expires: '2030-02-30' }] }, /issues\.0\.expires: not a calendar date$/],
    [{ issues: [{ ...issue(), ticket: 'ACME-42' }] }, /issues\.0\.ticket: expected the ticket's absolute http\(s\) URL/],
    [{ issues: [{ ...issue(), failure: '/(unclosed/' }] }, /issues\.0\.failure: not a valid regular expression$/],
    [{ issues: [{ ...issue(), cells: 'chrome/linux/denied' }] }, /issues\.0\.cells: expected a cell id or glob/],
    [{ issues: [{ ...issue(), cells: 'chrome/linux/denyed/*' }] }, /issues\.0\.cells: "denyed" matches no state \(one of /],
    [{ issues: [issue(), issue({ cells: 'edge/*/*/*' })] }, /issues\.1\.ticket: ticket already used by issues\[0\]/],
    [{ issues: [{ ...issue(), owner: 'me' }] }, /issues\.0: Unrecognized key: "owner"/],
    // Two problems: the heading, then one line each.
    [{ issue: [] }, /^invalid known-issues file [^\n]*:\n {2}issues: Invalid input: expected array, received undefined\n {2}\(root\): Unrecognized key: "issue"$/],
  ];
  for (const [content, message] of cases) {
    const path = write(content);
    assert.throws(() => loadKnownIssues(path), (e: unknown) => {
      assert.ok(e instanceof UsageError, 'bad input (exit 2)');
      assert.match(e.message, message);
      if (!/is not valid JSON/.test(e.message)) assert.ok(e.message.includes(path), `names the file: ${e.message}`);
      return true;
    });
  }
  assert.equal(loadKnownIssues(write({ issues: [issue()] })).issues.length, 1);
});

test('a cause per verdict for the Allure categories: app defect, state not reached, environment', () => {
  assert.equal(failureCause({ status: 'passed', failures: [] }), undefined);
  assert.equal(failureCause({ status: 'failed', failures: [SWALLOWED] }), 'app-defect');
  assert.equal(failureCause({ status: 'broken', failures: ['precondition failed: expected NotAllowedError'] }), 'state-not-reached');
  assert.equal(failureCause({ status: 'broken', failures: ['harness error: browser crashed'] }), 'environment');
});
