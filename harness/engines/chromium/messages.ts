// Chromium's own DOMException texts. Source: third_party/blink/renderer/modules/mediastream/
// user_media_request.cc and user_media_processor.cc (MediaStreamRequestResult → message), and
// measurements on Debian Chromium 156 recorded in ../shared/engine-facts.md.
import type { Os } from '../../../scenarios/axes.ts';

const SRC = 'blink user_media_request.cc / user_media_processor.cc';

export const CHROMIUM_MESSAGES = {
  denied: { name: 'NotAllowedError', message: 'Permission denied', source: `${SRC} (PERMISSION_DENIED); measured Chromium 156` },
  dismissed: { name: 'NotAllowedError', message: 'Permission dismissed', source: `${SRC} (PERMISSION_DISMISSED); measured Chromium 156` },
  deniedByUser: {
    name: 'NotAllowedError',
    message: 'Permission denied by user',
    source: 'display media picker cancelled (PERMISSION_DENIED_BY_USER); measured Chromium 156 with Escape in the picker',
  },
  deniedBySystem: {
    name: 'NotAllowedError',
    message: 'Permission denied by system',
    source: `${SRC} (PERMISSION_DENIED_BY_SYSTEM): the OS privacy setting blocks the browser (macOS, Windows, Android)`,
  },
  noDevice: { name: 'NotFoundError', message: 'Requested device not found', source: `${SRC} (NO_HARDWARE); measured Chromium 156` },
  deviceInUse: { name: 'NotReadableError', message: 'Device in use', source: `${SRC} (DEVICE_IN_USE): Windows reports an exclusively held camera/microphone so` },
  videoStartFailure: { name: 'NotReadableError', message: 'Could not start video source', source: `${SRC} (TRACK_START_FAILURE_VIDEO); measured Chromium 156 for screen capture` },
  audioStartFailure: { name: 'NotReadableError', message: 'Could not start audio source', source: `${SRC} (TRACK_START_FAILURE_AUDIO)` },
  policyDisplay: {
    name: 'NotAllowedError',
    message: `Failed to execute 'getDisplayMedia' on 'MediaDevices': Access to the feature "display-capture" is disallowed by permissions policy.`,
    source: 'blink media_devices.cc permissions-policy check; measured Chromium 156',
  },
  overconstrained: { name: 'OverconstrainedError', message: '', constraint: 'deviceId', source: 'blink: exact deviceId not found; measured Chromium 156' },
} as const;

/** A busy camera/microphone: Windows says "Device in use", other OSes fail to start the source. */
export function busyMessage(os: Os, audioOnly: boolean) {
  if (os === 'windows') return CHROMIUM_MESSAGES.deviceInUse;
  return audioOnly ? CHROMIUM_MESSAGES.audioStartFailure : CHROMIUM_MESSAGES.videoStartFailure;
}
