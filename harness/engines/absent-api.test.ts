// The init script of a cell whose real browser lacks a capture API, run against a stand-in page before
// the probe (the order the cell flow injects them): the page finds no API, and the probe says so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { observe, PROBE_SCRIPT, type ProbeLog } from '../probe/probe-log.ts';
import { absentApiScript } from './page-rejection.ts';

function page() {
  class MediaDevices {
    getUserMedia() {
      return Promise.resolve({ getTracks: () => [] });
    }
    getDisplayMedia() {
      return Promise.resolve({ getTracks: () => [] });
    }
    enumerateDevices() {
      return Promise.resolve([]);
    }
  }
  const navigator = { mediaDevices: new MediaDevices() };
  const window: Record<string, unknown> = { MediaDevices, isSecureContext: true };
  window.self = window;
  window.top = window;
  return { window, navigator, location: { href: 'http://c1.localhost/' }, DOMException: Error, Promise, JSON, Object, String, Date };
}

test('getDisplayMedia removed before the probe: undefined, not "in" mediaDevices, observed as a missing API', () => {
  const g = page();
  runInNewContext(absentApiScript('getDisplayMedia'), g);
  runInNewContext(PROBE_SCRIPT, g);
  assert.equal(runInNewContext('typeof navigator.mediaDevices.getDisplayMedia', g), 'undefined');
  assert.equal(runInNewContext("'getDisplayMedia' in navigator.mediaDevices", g), false);
  assert.equal(runInNewContext('typeof navigator.mediaDevices.getUserMedia', g), 'function', 'only the absent API goes');
  const log = runInNewContext('JSON.parse(JSON.stringify(window.__permissionHarnessProbe))', g) as ProbeLog;
  assert.equal(log.getDisplayMedia, false);
  assert.deepEqual(observe(log, 'getDisplayMedia'), { kind: 'api-missing' });
});

test('without the script the same page has the API and a page that never calls it is a no-call', () => {
  const g = page();
  runInNewContext(PROBE_SCRIPT, g);
  const log = runInNewContext('JSON.parse(JSON.stringify(window.__permissionHarnessProbe))', g) as ProbeLog;
  assert.equal(log.getDisplayMedia, true);
  assert.deepEqual(observe(log, 'getDisplayMedia'), { kind: 'no-call' });
});
