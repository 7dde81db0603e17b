// The plain plans: what bench's bare loop and init's first profile may reproduce. A recovery cell, a
// placement, a headed launch or an unavailable cell is not one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTarget } from '../app-profile/load-profile.ts';
import { defaultTargetPath } from '../host/project-paths.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { planCells } from './plan-cells.ts';
import { isPlainPlan } from './plain-plan.ts';

const plans = planCells(selectCells(loadMatrix(), { ids: ['chrome/linux/denied/audio-only', 'chrome/linux/denied..granted/audio-only', 'chrome/linux/insecure-context/audio-only', 'chrome/linux/dismissed/screen-share', 'chrome/linux/granted..denied/audio-video'] }), loadTarget(defaultTargetPath()));
const plain = (id: string) => isPlainPlan(plans.find((p) => p.cell.id === id)!);

test('only a one-phase, headless cell on the app\'s own origin is plain', () => {
  assert.equal(plain('chrome/linux/denied/audio-only'), true);
  assert.equal(plain('chrome/linux/denied..granted/audio-only'), false, 'two phases');
  assert.equal(plain('chrome/linux/granted..denied/audio-video'), false, 'two phases');
  assert.equal(plain('chrome/linux/insecure-context/audio-only'), false, 'a placement');
  assert.equal(plain('chrome/linux/dismissed/screen-share'), false, 'headed: the real picker');
  assert.equal(isPlainPlan({ ...plans[0]!, unavailable: 'no browser' }), false, 'unavailable');
});
