// Each defect variant of the bundled app, the cells it must break on every engine, and the words the
// failure must use: the expectation stated as data next to the condition (web-platform-tests style).
export interface DefectExpectation {
  defect: string;
  cells: Array<{ id: string; failure: RegExp }>;
}

const cameraInAudioOnly = /unexpected steps? .*\.camera'.* shown \(article: in Record Audio, No Video mode camera access is not required/;
const swallowed = /^the app swallowed the error: the page received /;
const busyFirst = /first step is 'browser-permissions', expected 'close-other-apps'/;

export const DEFECTS: DefectExpectation[] = [
  {
    defect: 'camera-steps-in-audio-only',
    cells: [
      { id: 'chrome/macos/denied/audio-only', failure: cameraInAudioOnly },
      { id: 'firefox/linux/denied/audio-only', failure: cameraInAudioOnly },
      { id: 'safari/macos/denied/audio-only', failure: cameraInAudioOnly },
    ],
  },
  {
    defect: 'windows-steps-on-macos',
    cells: [
      { id: 'chrome/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
      { id: 'firefox/macos/denied/audio-video', failure: /unexpected steps? 'os-privacy-windows'/ },
      { id: 'safari/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ },
    ],
  },
  {
    defect: 'swallow-error',
    cells: [
      { id: 'chrome/linux/denied/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied"/ },
      { id: 'chrome/macos/denied-by-system/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied by system"/ },
      { id: 'firefox/linux/denied/audio-video', failure: swallowed },
      { id: 'safari/macos/no-device/audio-video', failure: /the app swallowed the error: the page received OverconstrainedError: "Invalid constraint"/ },
    ],
  },
  {
    defect: 'notreadable-as-denied',
    cells: [
      { id: 'edge/windows/device-busy/audio-video', failure: busyFirst },
      { id: 'chrome/macos/device-busy/screen-share', failure: /first step is 'screen-share-regrant\.chromium', expected 'close-other-apps'/ },
      { id: 'firefox/windows/device-busy/audio-video', failure: busyFirst },
      { id: 'safari/macos/device-busy/audio-video', failure: busyFirst },
    ],
  },
  {
    defect: 'wrong-order',
    cells: [
      { id: 'chrome/macos/denied/audio-video', failure: /first step is 'os-privacy-macos', expected 'browser-permissions'/ },
      { id: 'firefox/windows/denied/audio-video', failure: /first step is 'os-privacy-windows', expected 'browser-permissions'/ },
      { id: 'safari/macos/denied/audio-video', failure: /steps out of order: 'browser-permissions' must come before 'os-privacy-\*'/ },
    ],
  },
  {
    defect: 'no-screen-share-steps',
    cells: [
      { id: 'chrome/windows/dismissed/screen-share', failure: /missing step 'dismiss-counts-as-deny'/ },
      { id: 'firefox/linux/denied/screen-share', failure: /missing step 'screen-share-regrant\.firefox'/ },
      { id: 'safari/macos/denied/screen-share', failure: /missing step 'screen-share-regrant\.safari'/ },
    ],
  },
  {
    defect: 'no-camera-request',
    cells: [
      { id: 'chrome/linux/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode: it called getUserMedia\(\{"audio":true\}\)$/ },
      { id: 'firefox/linux/denied/audio-show-video', failure: /^the app did not ask for the camera in Record Audio, Show Video mode/ },
      { id: 'safari/macos/granted/audio-video', failure: /^the app did not ask for the camera in Record Audio and Video mode/ },
    ],
  },
  {
    defect: 'misreport-error',
    cells: [
      { id: 'chrome/linux/no-device/audio-only', failure: /the app shows "NotAllowedError: Permission denied" but the page received NotFoundError: "Requested device not found"/ },
      { id: 'firefox/linux/no-device/audio-only', failure: /but the page received NotFoundError: "The object can not be found here\."/ },
      { id: 'safari/macos/no-device/audio-only', failure: /but the page received OverconstrainedError: "Invalid constraint"/ },
    ],
  },
];
