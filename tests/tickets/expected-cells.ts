// The cell each sample ticket must reproduce (the expectation beside the data).
export const TICKET_CELLS: Record<string, string> = {
  '01-chrome-mac-system.json': 'chrome/macos/denied-by-system/audio-video',
  '02-edge-windows-busy.json': 'edge/windows/device-busy/audio-show-video',
  '03-firefox-linux-denied.json': 'firefox/linux/denied/audio-only',
  '04-iphone-chrome-no-device.json': 'chrome/ios/no-device/audio-video',
  '05-chrome-windows-screen-dismissed.json': 'chrome/windows/dismissed/screen-share',
  // Safari 13 or older: the unsupported-browser cell, whatever the error text (the note says why).
  '06-safari13-mac-audio.json': 'safari/macos/unsupported-browser/audio-only',
  '07-iphone-safari13-video.json': 'safari/ios/unsupported-browser/audio-video',
  // Screen share on a phone: no permission state is a cell there, only the unsupported browser.
  '08-android-chrome-screen-share.json': 'chrome/android/unsupported-browser/screen-share',
  '09-iphone-chrome-screen-share.json': 'chrome/ios/unsupported-browser/screen-share',
};
