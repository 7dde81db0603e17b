// Camera/microphone requests and screen-share requests go through different browser code paths
// (permission prompt vs surface picker), so engines key their condition tables on this.
import { modeRow, type Mode } from '../../scenarios/axes.ts';

export type CaptureKind = 'user-media' | 'display';

export function captureKindOf(mode: Mode): CaptureKind {
  return modeRow(mode).api === 'getDisplayMedia' ? 'display' : 'user-media';
}

export function apiOf(mode: Mode): 'getUserMedia' | 'getDisplayMedia' {
  return modeRow(mode).api;
}

/** The capture permissions a mode needs, as the names Permissions API / CDP use. */
export function permissionsOf(mode: Mode): Array<'microphone' | 'camera' | 'display-capture'> {
  const c = modeRow(mode);
  if (c.api === 'getDisplayMedia') return ['display-capture'];
  return c.video ? ['microphone', 'camera'] : ['microphone'];
}
