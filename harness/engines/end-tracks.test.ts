// The emulation of a mid-session change, run against a stand-in page after the probe (the order the
// cell flow uses): each live track is stopped and then gets the ended event (stop() alone fires none),
// the probe records it, and an unplug takes the devices away before the app hears of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { PROBE_SCRIPT, recordingTracks, tracksEnded, type ProbeLog } from '../probe/probe-log.ts';
import { endTracksExpression, UNTRUSTED_ENDED_SCRIPT } from './end-tracks.ts';

function page() {
  const events: string[] = [];
  class Track extends EventTarget {
    readyState = 'live';
    constructor(readonly kind: string) {
      super();
    }
    stop() {
      this.readyState = 'ended';
      events.push(`stop ${this.kind}`);
    }
  }
  class MediaDevices extends EventTarget {
    getUserMedia() {
      const tracks = [new Track('audio'), new Track('video')];
      return Promise.resolve({ getTracks: () => tracks });
    }
    enumerateDevices() {
      return Promise.resolve([{ kind: 'audioinput', label: '', deviceId: 'a' }, { kind: 'videoinput', label: '', deviceId: 'v' }, { kind: 'audiooutput', label: '', deviceId: 'o' }]);
    }
  }
  const navigator = { mediaDevices: new MediaDevices() };
  const window: Record<string, unknown> = { MediaDevices, MediaStreamTrack: Track, isSecureContext: true };
  window.self = window;
  window.top = window;
  return { g: { window, navigator, location: { href: 'http://c1.localhost/' }, DOMException, Event, Promise, JSON, Object, String, Date }, events };
}

async function recording(g: object) {
  runInNewContext(UNTRUSTED_ENDED_SCRIPT, g);
  runInNewContext(PROBE_SCRIPT, g);
  // The app: records, and on the first ended event asks which devices are left.
  return runInNewContext(
    `navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then((s) => {
       const heard = [];
       s.getTracks().forEach((t) => t.addEventListener('ended', () => heard.push(t.kind)));
       navigator.mediaDevices.addEventListener('devicechange', () => heard.push('devicechange'));
       window.heard = heard;
     })`,
    g,
  );
}

// Arrays made in the page's realm compare by value only once copied out of it.
const heard = (g: object) => JSON.parse(runInNewContext('JSON.stringify(window.heard)', g) as string) as string[];
const read = (g: object) => runInNewContext('JSON.parse(JSON.stringify(window.__permissionHarnessProbe))', g) as ProbeLog;

test('revoke: every live track stopped, then its ended event, heard by the app and recorded by the probe', async () => {
  const { g, events } = page();
  await recording(g);
  assert.equal(tracksEnded(recordingTracks(read(g), 'getUserMedia')), false, 'live before');
  assert.equal(runInNewContext(endTracksExpression({ devicesGone: false }), g), 2);
  assert.deepEqual(events, ['stop audio', 'stop video']);
  assert.deepEqual(heard(g), ['audio', 'video']);
  const tracks = recordingTracks(read(g), 'getUserMedia');
  assert.equal(tracksEnded(tracks), true);
  assert.deepEqual(tracks.map((t) => t.readyState), ['ended', 'ended']);
  // A second run finds nothing live to end (the cell flow then says so).
  assert.equal(runInNewContext(endTracksExpression({ devicesGone: false }), g), 0);
});

test('unplug: the devices are gone before the app hears ended, devicechange fires, a new call is refused and recorded', async () => {
  const { g } = page();
  await recording(g);
  runInNewContext(
    "window.__permissionHarnessProbe.tracks[0].addEventListener('ended', () => { window.seen = navigator.mediaDevices.enumerateDevices(); })",
    g,
  );
  runInNewContext(endTracksExpression({ devicesGone: true, laterRejection: { name: 'NotFoundError', message: 'Requested device not found' } }), g);
  const seen = (await runInNewContext('window.seen', g)) as Array<{ kind: string }>;
  assert.deepEqual(Array.from(seen, (d) => d.kind), ['audiooutput'], 'no microphone or camera left when the app looks on ended');
  assert.deepEqual(heard(g), ['audio', 'video', 'devicechange']);
  await assert.rejects(runInNewContext('navigator.mediaDevices.getUserMedia({ audio: true })', g) as Promise<unknown>, { name: 'NotFoundError', message: 'Requested device not found' });
  const calls = read(g).calls.filter((c) => c.api === 'getUserMedia');
  assert.deepEqual(Array.from(calls, (c) => c.outcome), ['ok', 'error'], 'the refused call went through the probe');
});
