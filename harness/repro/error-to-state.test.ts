// Error texts from all three engines → states. The table is the engines' own condition data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitErrorText, statesForError } from './error-to-state.ts';

const CASES: Array<[text: string, engine: 'chromium' | 'gecko' | 'webkit', first: string, alsoMeans?: string[]]> = [
  ['NotAllowedError: Permission denied', 'chromium', 'denied', ['policy-blocked']],
  ['NotAllowedError: Permission denied by system', 'chromium', 'denied-by-system'],
  ['Permission denied by system.', 'chromium', 'denied-by-system'],
  ['NotAllowedError: Permission dismissed', 'chromium', 'dismissed'],
  ['NotAllowedError: Permission denied by user', 'chromium', 'dismissed'],
  ['NotFoundError: Requested device not found', 'chromium', 'no-device'],
  ['NotReadableError: Device in use', 'chromium', 'device-busy'],
  ['NotReadableError: Could not start video source', 'chromium', 'device-busy'],
  ['NotReadableError: Could not start audio source', 'chromium', 'device-busy'],
  ['OverconstrainedError', 'chromium', 'wrong-device'],
  ['TypeError: Cannot read properties of undefined (reading \'getUserMedia\')', 'chromium', 'insecure-context'],
  ['NotAllowedError: The request is not allowed by the user agent or the platform in the current context.', 'gecko', 'denied', ['dismissed', 'denied-by-system', 'policy-blocked']],
  ['NotFoundError: The object can not be found here.', 'gecko', 'no-device'],
  ['NotReadableError: Failed to allocate videosource', 'gecko', 'device-busy'],
  ['OverconstrainedError: Constraints could not be satisfied.', 'gecko', 'wrong-device'],
  ['NotAllowedError: The request is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.', 'webkit', 'denied', ['dismissed', 'denied-by-system', 'policy-blocked']],
  ['OverconstrainedError: Invalid constraint', 'webkit', 'no-device', ['wrong-device']],
  ['NotReadableError: Failed starting capture of a video track', 'webkit', 'device-busy'],
  ['navigator.mediaDevices is undefined', 'gecko', 'insecure-context'],
];

test('error texts from every engine map to states, ambiguous ones list the alternatives', () => {
  for (const [text, engine, first, also] of CASES) {
    const m = statesForError(text, engine);
    assert.ok(m, `no match for ${text}`);
    assert.equal(m.states[0], first, `${text} → ${m.states.join(',')}`);
    if (also) assert.deepEqual(m.states.slice(1).sort(), [...also].sort(), text);
  }
});

test('unknown texts match nothing', () => {
  assert.equal(statesForError('Something went wrong, please try again'), undefined);
});

test('the name and message are split from what the customer pasted', () => {
  assert.deepEqual(splitErrorText('NotAllowedError: Permission denied by system'), { name: 'NotAllowedError', message: 'Permission denied by system' });
  assert.deepEqual(splitErrorText('DOMException: NotFoundError (Requested device not found)'), { name: 'NotFoundError', message: 'Requested device not found' });
  assert.deepEqual(splitErrorText('Permission denied'), { message: 'Permission denied' });
});
