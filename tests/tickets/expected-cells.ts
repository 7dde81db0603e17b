// The cell each sample ticket must reproduce (the expectation beside the data).
export const TICKET_CELLS: Record<string, string> = {
  '01-chrome-mac-system.json': 'chrome/macos/denied-by-system/audio-video',
  '02-edge-windows-busy.json': 'edge/windows/device-busy/audio-show-video',
  '03-firefox-linux-denied.json': 'firefox/linux/denied/audio-only',
  '04-iphone-chrome-no-device.json': 'chrome/ios/no-device/audio-video',
  '05-chrome-windows-screen-dismissed.json': 'chrome/windows/dismissed/screen-share',
};
