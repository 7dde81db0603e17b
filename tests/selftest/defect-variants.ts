// Each defect variant of the bundled apps (`?defect=NAME`), the verdict assertion it proves able to
// fail, the cells it must break on every engine and the words the failure must use: the expectation
// stated as data next to the condition (web-platform-tests style). A variant an app does not have
// (the meeting app shows the exception name only, so it cannot show a wrong message) is left out.
export const APPS = {
  'recording-app': 'fixtures/recording-app/profile.json',
  'meeting-app': 'fixtures/meeting-app/profile.json',
} as const;
export type AppName = keyof typeof APPS;

export interface DefectCell {
  id: string;
  failure: RegExp;
}

export interface DefectVariant {
  defect: string;
  /** The verdict assertion this variant proves can fail. */
  proves: string;
  apps: Partial<Record<AppName, DefectCell[]>>;
}

const cameraInAudioOnly = /unexpected steps? .*\.camera'.* shown \(article: in Record Audio, No Video mode camera access is not required/;
const meetingCameraInAudioOnly = /unexpected steps? .*\.camera'.* shown \(article: in Record Audio, No Video mode/;
const swallowed = /^the app swallowed the error: the page received /;
const busyFirst = /first step is 'browser-permissions', expected 'close-other-apps'/;
// The meeting app's steps are recognised from text (ids like `browser-permissions.camera`, patterns like `close-other-apps*`).
const meetingBusyFirst = /first step is 'browser-permissions[^']*', expected 'close-other-apps\*?'/;
const lastStep = /^last step is '[^']+', expected 'try-supported-browser'/;
const errorOnSuccess = /^capture succeeded but the app shows an error: "NotAllowedError/;
const noSuccess = /^capture succeeded but the app did not show its success state$/;
// The unsupported-browser cells: permission advice where the browser cannot capture, nothing at all, a call made anyway.
const permissionStepsOnOldSafari = /unexpected steps? 'browser-permissions[^']*'.* shown \(supported-platforms article: a browser that cannot capture here/;
const regrantOnPhone = /unexpected step 'screen-share-regrant\.chromium' shown \(supported-platforms article: a browser that cannot capture here/;
const regrantFirstOnPhone = /first step is 'screen-share-regrant\.[a-z]+', expected 'not-available-on-device' \(screen-share article/;
const updateSafariFirst = /first step is 'browser-permissions[^']*', expected 'update-safari'/;
const noAdvice = /^the app shows no advice for an unsupported browser: .* and no error is shown$/;
const calledAnyway = /^the app called getUserMedia in a browser it does not support here: expected no capture call .*; the page received getUserMedia succeeded$/;
const httpsOnPhone = /first step is 'no-picker-use-https', expected 'not-available-on-device'/;
const micAdviceForScreen = /unexpected steps? .*'browser-permissions.*' shown \(screen-share article/;

// The recovery cells' second phase (<from>..<to>): a retry that does nothing, an error never cleared, a dead stream.
const noRetry = /^after [a-z-]+ \([^)]*the profile's retry\) the app made no new capture call: its retry does not retry/;
const staleError = /^after [a-z-]+ \(the profile's retry\): the app records again but never cleared the old error: it still shows "Not[A-Za-z]+Error/;
const noSuccessAfter = /^after [a-z-]+ \([^)]*\): capture succeeded but the app did not show its success state$/;
// The articles' distinctions (a refusal that lasts, or comes back): the second refusal must be shown too.
const silentAgain = /^after [a-z-]+ \(the profile's retry\): the app swallowed the error: the page received NotAllowedError/;
// A mid-session change (granted..denied, granted..no-device): the ended tracks must be noticed.
const ignoresEnded = /^after (revoke-while-recording|unplug-device) \(.*\): the tracks ended but the app still shows that it records, and no error: it ignores an ended track$/;
const deadStream = /^after [a-z-]+ \([^)]*\): the app shows success but the tracks it got are not live \([a-z]+ ended/;

export const DEFECT_VARIANTS: DefectVariant[] = [
  {
    defect: 'camera-steps-in-audio-only',
    proves: 'forbidden step (absent)',
    apps: {
      'recording-app': [
        { id: 'chrome/macos/denied/audio-only', failure: cameraInAudioOnly },
        { id: 'firefox/linux/denied/audio-only', failure: cameraInAudioOnly },
        { id: 'safari/macos/denied/audio-only', failure: cameraInAudioOnly },
      ],
      'meeting-app': [
        { id: 'chrome/macos/denied/audio-only', failure: meetingCameraInAudioOnly },
        { id: 'firefox/linux/denied/audio-only', failure: meetingCameraInAudioOnly },
        { id: 'safari/macos/denied/audio-only', failure: meetingCameraInAudioOnly },
      ],
    },
  },
  {
    defect: 'windows-steps-on-macos',
    proves: 'wrong OS wording (step shown / absent)',
    apps: {
      'recording-app': [
        { id: 'chrome/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
        { id: 'firefox/macos/denied/audio-video', failure: /unexpected steps? 'os-privacy-windows'/ },
        { id: 'safari/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
      ],
      'meeting-app': [
        { id: 'chrome/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
        { id: 'firefox/macos/denied/audio-video', failure: /unexpected steps? 'os-privacy-windows[^']*'/ },
        { id: 'safari/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
      ],
    },
  },
  {
    defect: 'swallow-error',
    proves: 'error shown',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/denied/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied"/ },
        { id: 'chrome/macos/denied-by-system/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied by system"/ },
        { id: 'firefox/linux/denied/audio-video', failure: swallowed },
        { id: 'safari/macos/no-device/audio-video', failure: /the app swallowed the error: the page received OverconstrainedError: "Invalid constraint"/ },
      ],
      'meeting-app': [
        { id: 'chrome/linux/denied/audio-video', failure: swallowed },
        { id: 'firefox/linux/denied/audio-video', failure: swallowed },
        { id: 'safari/macos/no-device/audio-video', failure: swallowed },
      ],
    },
  },
  {
    defect: 'notreadable-as-denied',
    proves: 'wrong first step (a busy device treated as a denial)',
    apps: {
      'recording-app': [
        { id: 'edge/windows/device-busy/audio-video', failure: busyFirst },
        { id: 'chrome/macos/device-busy/screen-share', failure: /first step is 'screen-share-regrant\.chromium', expected 'close-other-apps'/ },
        { id: 'firefox/windows/device-busy/audio-video', failure: busyFirst },
        { id: 'safari/macos/device-busy/audio-video', failure: busyFirst },
      ],
      'meeting-app': [
        { id: 'edge/windows/device-busy/audio-video', failure: meetingBusyFirst },
        { id: 'firefox/windows/device-busy/audio-video', failure: meetingBusyFirst },
        { id: 'safari/macos/device-busy/audio-video', failure: meetingBusyFirst },
      ],
    },
  },
  {
    defect: 'wrong-order',
    proves: 'wrong first step, steps out of order',
    apps: {
      'recording-app': [
        { id: 'chrome/macos/denied/audio-video', failure: /first step is 'os-privacy-macos', expected 'browser-permissions'/ },
        { id: 'firefox/windows/denied/audio-video', failure: /first step is 'os-privacy-windows', expected 'browser-permissions'/ },
        { id: 'safari/macos/denied/audio-video', failure: /steps out of order: 'browser-permissions' must come before 'os-privacy-\*'/ },
      ],
      'meeting-app': [
        { id: 'chrome/macos/denied/audio-video', failure: /first step is 'os-privacy-macos[^']*', expected 'browser-permissions\*?'/ },
        { id: 'firefox/windows/denied/audio-video', failure: /first step is 'os-privacy-windows[^']*', expected 'browser-permissions\*?'/ },
        { id: 'safari/macos/denied/audio-video', failure: /steps out of order: 'browser-permissions\*?' must come before 'os-privacy-\*'/ },
      ],
    },
  },
  {
    defect: 'wrong-last-step',
    proves: 'wrong last step',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/denied/audio-only', failure: lastStep },
        { id: 'firefox/linux/denied/audio-video', failure: lastStep },
        { id: 'safari/macos/denied/audio-only', failure: lastStep },
      ],
      'meeting-app': [
        { id: 'chrome/linux/denied/audio-only', failure: lastStep },
        { id: 'firefox/linux/denied/audio-video', failure: lastStep },
        { id: 'safari/macos/denied/audio-only', failure: lastStep },
      ],
    },
  },
  {
    defect: 'no-screen-share-steps',
    proves: 'missing step',
    apps: {
      'recording-app': [
        { id: 'chrome/windows/dismissed/screen-share', failure: /missing step 'dismiss-counts-as-deny'/ },
        { id: 'firefox/linux/denied/screen-share', failure: /missing step 'screen-share-regrant\.firefox'/ },
        { id: 'safari/macos/denied/screen-share', failure: /missing step 'screen-share-regrant\.safari'/ },
      ],
      'meeting-app': [
        { id: 'chrome/windows/dismissed/screen-share', failure: /missing step 'dismiss-counts-as-deny'/ },
        { id: 'firefox/linux/denied/screen-share', failure: /missing step 'screen-share-regrant\.firefox'/ },
        { id: 'safari/macos/denied/screen-share', failure: /missing step 'screen-share-regrant\.safari'/ },
      ],
    },
  },
  {
    defect: 'chromium-steps-everywhere',
    proves: "wrong browser's instructions",
    apps: {
      'recording-app': [
        { id: 'firefox/linux/denied/screen-share', failure: /missing step 'screen-share-regrant\.firefox'/ },
        { id: 'firefox/windows/dismissed/screen-share', failure: /unexpected steps? 'screen-share-regrant\.chromium'/ },
        { id: 'safari/macos/denied/screen-share', failure: /missing step 'screen-share-regrant\.safari'/ },
      ],
      'meeting-app': [
        { id: 'firefox/linux/denied/screen-share', failure: /missing step 'screen-share-regrant\.firefox'/ },
        { id: 'firefox/windows/dismissed/screen-share', failure: /unexpected steps? 'screen-share-regrant\.chromium'/ },
        { id: 'safari/macos/denied/screen-share', failure: /missing step 'screen-share-regrant\.safari'/ },
      ],
    },
  },
  {
    defect: 'screen-share-as-mic-denial',
    proves: 'screen-share denial treated like a microphone denial',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/denied/screen-share', failure: micAdviceForScreen },
        { id: 'firefox/linux/denied/screen-share', failure: micAdviceForScreen },
        { id: 'safari/macos/denied/screen-share', failure: micAdviceForScreen },
      ],
      'meeting-app': [
        { id: 'chrome/linux/denied/screen-share', failure: micAdviceForScreen },
        { id: 'firefox/linux/denied/screen-share', failure: micAdviceForScreen },
        { id: 'safari/macos/denied/screen-share', failure: micAdviceForScreen },
      ],
    },
  },
  {
    defect: 'misreport-error',
    proves: 'wrong exception name in the error text',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/no-device/audio-only', failure: /the app shows "NotAllowedError: Permission denied" but the page received NotFoundError: "Requested device not found"/ },
        { id: 'firefox/linux/no-device/audio-only', failure: /but the page received NotFoundError: "The object can not be found here\."/ },
        { id: 'safari/macos/no-device/audio-only', failure: /but the page received OverconstrainedError: "Invalid constraint"/ },
      ],
      'meeting-app': [
        { id: 'chrome/linux/no-device/audio-only', failure: /the app shows "Could not access your devices \(NotAllowedError\)" but the page received NotFoundError/ },
        { id: 'firefox/linux/no-device/audio-only', failure: /but the page received NotFoundError/ },
        { id: 'safari/macos/no-device/audio-only', failure: /but the page received OverconstrainedError/ },
      ],
    },
  },
  {
    defect: 'wrong-message',
    proves: 'wrong exception message in the error text',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/no-device/audio-only', failure: /the app shows "NotFoundError: Could not start the recording" but the page received NotFoundError: "Requested device not found" \(expected the text to contain "NotFoundError: Requested device not found"\)/ },
        { id: 'firefox/linux/denied/audio-only', failure: /the app shows "NotAllowedError: Could not start the recording" but the page received NotAllowedError/ },
        { id: 'safari/macos/denied/audio-only', failure: /the app shows "NotAllowedError: Could not start the recording" but the page received NotAllowedError/ },
      ],
    },
  },
  {
    defect: 'error-on-success',
    proves: 'no error shown on success',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/granted/audio-only', failure: errorOnSuccess },
        { id: 'firefox/linux/granted/audio-video', failure: errorOnSuccess },
        { id: 'safari/macos/granted/audio-only', failure: errorOnSuccess },
      ],
      'meeting-app': [
        { id: 'chrome/linux/granted/audio-only', failure: /^capture succeeded but the app shows an error: "Could not access your devices \(NotAllowedError\)"/ },
        { id: 'firefox/linux/granted/audio-video', failure: /^capture succeeded but the app shows an error/ },
        { id: 'safari/macos/granted/audio-only', failure: /^capture succeeded but the app shows an error/ },
      ],
    },
  },
  {
    defect: 'endless-spinner',
    proves: 'success shown (a spinner that never ends)',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/granted/audio-video', failure: noSuccess },
        { id: 'firefox/linux/denied/audio-only', failure: swallowed },
        { id: 'safari/macos/granted/screen-share', failure: noSuccess },
      ],
      'meeting-app': [
        { id: 'chrome/linux/granted/audio-video', failure: noSuccess },
        { id: 'firefox/linux/denied/audio-only', failure: swallowed },
        { id: 'safari/macos/granted/screen-share', failure: noSuccess },
      ],
    },
  },
  {
    defect: 'error-elsewhere',
    proves: 'error shown where the profile says (not in another element)',
    apps: {
      'recording-app': [
        { id: 'chrome/windows/denied/audio-video', failure: swallowed },
        { id: 'firefox/macos/device-busy/audio-only', failure: swallowed },
        { id: 'safari/ios/denied/audio-only', failure: swallowed },
      ],
      'meeting-app': [
        { id: 'chrome/windows/denied/audio-video', failure: swallowed },
        { id: 'firefox/macos/device-busy/audio-only', failure: swallowed },
        { id: 'safari/ios/denied/audio-only', failure: swallowed },
      ],
    },
  },
  {
    defect: 'no-camera-request',
    proves: 'the request asks for what the mode needs',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode: it called getUserMedia\(\{"audio":true\}\)$/ },
        { id: 'firefox/linux/denied/audio-show-video', failure: /^the app did not ask for the camera in Record Audio, Show Video mode/ },
        { id: 'safari/macos/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode/ },
      ],
      'meeting-app': [
        { id: 'chrome/linux/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode/ },
        { id: 'firefox/linux/denied/audio-show-video', failure: /^the app did not ask for the camera in Record Audio, Show Video mode/ },
        { id: 'safari/macos/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode/ },
      ],
    },
  },
  {
    defect: 'permission-steps-when-unsupported',
    proves: 'unsupported browser: no permission steps, its own advice first',
    apps: {
      'recording-app': [
        { id: 'chrome/android/unsupported-browser/screen-share', failure: regrantOnPhone },
        { id: 'firefox/android/unsupported-browser/screen-share', failure: regrantFirstOnPhone },
        { id: 'safari/macos/unsupported-browser/audio-only', failure: permissionStepsOnOldSafari },
        { id: 'safari/ios/unsupported-browser/audio-video', failure: updateSafariFirst },
      ],
      'meeting-app': [
        { id: 'chrome/android/unsupported-browser/screen-share', failure: regrantOnPhone },
        { id: 'firefox/android/unsupported-browser/screen-share', failure: regrantFirstOnPhone },
        { id: 'safari/macos/unsupported-browser/audio-only', failure: permissionStepsOnOldSafari },
        { id: 'safari/ios/unsupported-browser/audio-video', failure: updateSafariFirst },
      ],
    },
  },
  {
    defect: 'nothing-when-unsupported',
    proves: 'unsupported browser: advice shown (no capture call, no exception to show)',
    apps: {
      'recording-app': [
        { id: 'chrome/android/unsupported-browser/screen-share', failure: noAdvice },
        { id: 'firefox/android/unsupported-browser/screen-share', failure: noAdvice },
        { id: 'safari/macos/unsupported-browser/audio-video', failure: noAdvice },
        { id: 'safari/ios/unsupported-browser/screen-share', failure: noAdvice },
      ],
      'meeting-app': [
        { id: 'chrome/android/unsupported-browser/screen-share', failure: noAdvice },
        { id: 'safari/macos/unsupported-browser/audio-video', failure: noAdvice },
        { id: 'safari/ios/unsupported-browser/screen-share', failure: noAdvice },
      ],
    },
  },
  {
    defect: 'retry-does-not-retry',
    proves: 'recovery: a new capture call after the user tries again',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/dismissed..granted/audio-only', failure: noRetry },
        { id: 'chrome/linux/device-busy..granted/audio-video', failure: noRetry },
        { id: 'chrome/macos/wrong-device..granted/audio-only', failure: noRetry },
        { id: 'firefox/linux/device-busy..granted/audio-only', failure: noRetry },
        { id: 'safari/macos/dismissed..granted/audio-only', failure: noRetry },
        { id: 'chrome/linux/dismissed..granted/screen-share', failure: noRetry },
      ],
    },
  },
  {
    defect: 'stale-error-after-retry',
    proves: 'recovery: the old error is gone once the app records',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/dismissed..granted/audio-video', failure: staleError },
        { id: 'chrome/windows/device-busy..granted/audio-only', failure: staleError },
        { id: 'safari/macos/device-busy..granted/audio-only', failure: staleError },
        { id: 'safari/macos/dismissed..granted/screen-share', failure: staleError },
        // A device connected (emulated on every engine): the retry records, under the old error.
        { id: 'firefox/linux/no-device..granted/audio-only', failure: staleError },
      ],
    },
  },
  {
    defect: 'spinner-after-retry',
    proves: 'recovery: the success state shown once the new capture works',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/device-busy..granted/audio-only', failure: noSuccessAfter },
        { id: 'safari/macos/denied..granted/screen-share', failure: noSuccessAfter },
      ],
    },
  },
  {
    defect: 'dead-stream-after-retry',
    proves: 'recovery: the new capture\'s tracks are live',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/dismissed..granted/audio-only', failure: deadStream },
        { id: 'chrome/linux/wrong-device..granted/audio-video', failure: deadStream },
        { id: 'firefox/linux/wrong-device..granted/audio-video', failure: deadStream },
        { id: 'safari/macos/wrong-device..granted/audio-only', failure: deadStream },
        // The screen picked in Chromium's real picker: its one video track, stopped by the app.
        { id: 'chrome/windows/dismissed..granted/screen-share', failure: deadStream },
      ],
    },
  },
  {
    defect: 'silent-repeat-refusal',
    proves: 'a refusal that lasts (denied..denied), a prompt closed again (dismissed..dismissed), the embargo (dismissed..denied): the new refusal shown',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/denied..denied/audio-only', failure: silentAgain },
        { id: 'chrome/macos/dismissed..dismissed/audio-video', failure: silentAgain },
        // Here the silence comes one attempt earlier (the embargo takes three): no popup, so no button to try again with.
        { id: 'chrome/linux/dismissed..denied/audio-only', failure: /^profile step retry\[0\] '[^']+' failed: #error-popup #retry: no element in the page matches it/ },
        { id: 'firefox/linux/denied..denied/audio-video', failure: silentAgain },
        { id: 'safari/macos/denied..denied/audio-only', failure: silentAgain },
      ],
    },
  },
  {
    defect: 'ignores-ended-track',
    proves: 'a mid-session change (revoke-while-recording, unplug-device): the ended tracks noticed, the recording shown stopped, the advice given',
    apps: {
      'recording-app': [
        { id: 'chrome/linux/granted..denied/audio-video', failure: ignoresEnded },
        { id: 'chrome/macos/granted..no-device/audio-only', failure: ignoresEnded },
        { id: 'firefox/linux/granted..denied/audio-only', failure: ignoresEnded },
        { id: 'safari/macos/granted..no-device/audio-video', failure: ignoresEnded },
      ],
      'meeting-app': [
        { id: 'chrome/linux/granted..denied/audio-only', failure: ignoresEnded },
        { id: 'firefox/linux/granted..no-device/audio-video', failure: ignoresEnded },
        { id: 'safari/macos/granted..denied/audio-video', failure: ignoresEnded },
      ],
    },
  },
  {
    defect: 'capture-when-unsupported',
    proves: 'unsupported browser: no capture call',
    apps: {
      'recording-app': [
        { id: 'safari/macos/unsupported-browser/audio-only', failure: calledAnyway },
        { id: 'safari/ios/unsupported-browser/audio-video', failure: calledAnyway },
        // On a phone the call finds no API and the app falls back to its https advice: caught by the steps.
        { id: 'chrome/android/unsupported-browser/screen-share', failure: httpsOnPhone },
      ],
      'meeting-app': [
        { id: 'safari/macos/unsupported-browser/audio-only', failure: calledAnyway },
        { id: 'safari/ios/unsupported-browser/audio-video', failure: calledAnyway },
        { id: 'chrome/android/unsupported-browser/screen-share', failure: httpsOnPhone },
      ],
    },
  },
];
