import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PageControls, ScreenElement } from '../probe/discover-controls.ts';
import { appeared, findStart, mapModes, mapOutcome, modeOfWords } from './draft-profile.ts';

test('the words of a control name its mode (the articles\' labels and usual variants)', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Record Audio, No Video', 'audio-only'],
    ['Record Audio, Show Video', 'audio-show-video'],
    ['Record Audio and Video', 'audio-video'],
    ['Share Screen', 'screen-share'],
    ['Microphone', 'audio-only'],
    ['Camera and microphone', 'audio-video'],
    ['Voice only', 'audio-only'],
    ['Present your display', 'screen-share'],
    ['Settings', undefined],
  ];
  for (const [words, mode] of cases) assert.equal(modeOfWords(words), mode, words);
});

const controls = (over: Partial<PageControls>): PageControls => ({ title: 't', selects: [], radios: [], buttons: [], ...over });

test('modes from a select (text first, then value) and from radio buttons; the first control naming a mode wins it', () => {
  const m = mapModes(
    controls({
      selects: [{ selector: '#kind', label: 'Mode', options: [{ value: 'mic', text: 'Microphone' }, { value: 'screen-share', text: '' }] }],
      radios: [{ selector: '#r1', label: 'Audio only' }, { selector: '#r2', label: 'Camera' }],
    }),
  );
  assert.deepEqual(m.modes['audio-only'], [{ select: '#kind', value: 'mic', name: 'pick Microphone' }]);
  assert.deepEqual(m.modes['screen-share'], [{ select: '#kind', value: 'screen-share', name: 'pick screen-share' }]);
  assert.deepEqual(m.modes['audio-video'], [{ check: '#r2', name: 'choose Camera' }]);
  assert.equal(m.modes['audio-show-video'], undefined);
});

test('start: the first button whose words say so, enabled preferred; stop/cancel buttons never', () => {
  const b = (selector: string, text: string, disabled = false) => ({ selector, text, disabled, toggle: false });
  assert.equal(findStart(controls({ buttons: [b('#stop', 'Stop recording'), b('#a', 'Start recording', true), b('#b', 'Record')] }))?.selector, '#b');
  assert.equal(findStart(controls({ buttons: [b('#a', 'Join call', true)] }))?.selector, '#a');
  assert.equal(findStart(controls({ buttons: [b('#h', 'Help')] })), undefined);
  // A toggle that picks screen sharing is a mode, not the start.
  assert.equal(findStart(controls({ buttons: [{ ...b('#m', 'Share my screen'), toggle: true }, b('#j', 'Join meeting')] }))?.selector, '#j');
});

test('modes from toggle buttons (aria-pressed)', () => {
  const t = (selector: string, text: string) => ({ selector, text, disabled: false, toggle: true });
  const m = mapModes(controls({ buttons: [t('[data-testid="mode-mic"]', 'Microphone only'), t('#p', 'Microphone + camera preview'), t('#c', 'Microphone and camera'), t('#s', 'Present my screen')] }));
  assert.deepEqual(Object.keys(m.modes).sort(), ['audio-only', 'audio-show-video', 'audio-video', 'screen-share']);
  assert.deepEqual(m.modes['audio-only'], [{ click: '[data-testid="mode-mic"]', name: 'pick Microphone only' }]);
});

const el = (selector: string, text: string, items = 0, itemIdAttribute: string | null = null, ancestors: string[] = []): ScreenElement => ({ selector, text, items, itemTag: items ? 'li' : null, itemIdAttribute, ancestors });

test('appeared: new elements and elements whose text changed, in page order', () => {
  assert.deepEqual(appeared([el('#a', 'x'), el('#s', 'Idle')], [el('#a', 'x'), el('#s', 'Recording'), el('#n', 'new')]).map((e) => e.selector), ['#s', '#n']);
});

test('outcome: success after granted, the deepest element quoting the exception, steps with their id attribute', () => {
  const d = mapOutcome({
    beforeGranted: [el('#app', 'Start')],
    afterGranted: [el('#app', 'Start Recording…'), el('#recording-indicator', 'Recording…', 0, null, ['#app'])],
    beforeRefused: [el('#app', 'Start')],
    afterRefused: [el('#app', 'Start NotAllowedError: Permission denied 1. Allow'), el('#error-popup', 'NotAllowedError: Permission denied 1. Allow', 1, 'data-step-id', ['#app']), el('#error-text', 'NotAllowedError: Permission denied', 0, null, ['#error-popup', '#app']), el('#steps', '1. Allow', 1, 'data-step-id', ['#error-popup', '#app'])],
    exception: { name: 'NotAllowedError', message: 'Permission denied' },
  });
  assert.deepEqual(d.outcome, { success: '#recording-indicator', error: '#error-text', errorText: '{name}: {message}', steps: '#steps li', stepIdAttribute: 'data-step-id' });
  assert.deepEqual(d.notes, []);
});

test('outcome: what init cannot find is said, never guessed silently', () => {
  const d = mapOutcome({ beforeGranted: [], afterGranted: [], beforeRefused: [], afterRefused: [el('#oops', 'Something went wrong')], exception: { name: 'NotAllowedError', message: 'Permission denied' } });
  assert.equal(d.outcome.success, undefined);
  assert.match(d.notes.join('\n'), /success: nothing appeared after a granted start/);
  assert.match(d.notes.join('\n'), /error: nothing appeared after a refused start that quotes NotAllowedError/);
  const e = mapOutcome({ beforeGranted: [], afterGranted: [el('#ok', 'Live')], beforeRefused: [], afterRefused: [el('#err', 'Permission problem')], exception: { name: 'NotAllowedError', message: 'Permission denied' } });
  assert.equal(e.outcome.error, '#err');
  assert.match(e.notes.join('\n'), /errorText: the error "Permission problem" quotes neither/);
  assert.match(e.notes.join('\n'), /steps: no list of steps appeared with the error; steps set to "#err li"/);
});
