// Each defect variant of the bundled app, the cells it must break, and the words the failure must
// use: the expectation stated as data next to the condition (web-platform-tests style).
export interface DefectExpectation {
  defect: string;
  cells: Array<{ id: string; failure: RegExp }>;
}

export const DEFECTS: DefectExpectation[] = [
  {
    defect: 'camera-steps-in-audio-only',
    cells: [{ id: 'chrome/macos/denied/audio-only', failure: /unexpected steps? 'browser-permissions\.camera'.*audio-only|unexpected steps? .*\.camera.* shown \(article: in Record Audio, No Video mode/ }],
  },
  {
    defect: 'windows-steps-on-macos',
    cells: [{ id: 'chrome/macos/denied/audio-only', failure: /missing step 'os-privacy-macos'/ }],
  },
  {
    defect: 'swallow-error',
    cells: [
      { id: 'chrome/linux/denied/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied"/ },
      { id: 'chrome/macos/denied-by-system/audio-video', failure: /the app swallowed the error: the page received NotAllowedError: "Permission denied by system"/ },
    ],
  },
  {
    defect: 'notreadable-as-denied',
    cells: [{ id: 'edge/windows/device-busy/audio-video', failure: /first step is 'browser-permissions', expected 'close-other-apps'/ }],
  },
  {
    defect: 'wrong-order',
    cells: [{ id: 'chrome/macos/denied/audio-video', failure: /first step is 'os-privacy-macos', expected 'browser-permissions'/ }],
  },
  {
    defect: 'no-screen-share-steps',
    cells: [{ id: 'chrome/windows/dismissed/screen-share', failure: /missing step 'dismiss-counts-as-deny'/ }],
  },
  {
    defect: 'misreport-error',
    cells: [{ id: 'chrome/linux/no-device/audio-only', failure: /the app shows "NotAllowedError: Permission denied" but the page received NotFoundError: "Requested device not found"/ }],
  },
];
