export const launchFlags = ['--blink-flag'];
