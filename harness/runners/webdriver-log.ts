// `--trace` for WebdriverIO cells: there is no Playwright trace, so the WebDriver log (every command
// and answer) is written at info level to the trace folder by the WebdriverIO worker (wdio.conf.ts
// outputDir), one file per worker.
export function webdriverLogLevel(): 'info' | 'error' {
  return process.env.PH_TRACE_DIR ? 'info' : 'error';
}
