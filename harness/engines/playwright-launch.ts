// What every engine's Playwright driver adds to its launch options for the run's own options: a
// real (virtual) display when the condition or the run is headed, and slow motion; and where the
// browser binary is. A browser server elsewhere gets neither this machine's display nor its
// environment (Playwright's run-server drops `env` anyway): headed browsers use the server's own
// $DISPLAY, and the binary is named by the path it has on a machine laid out like this one.
import type { LaunchOptions } from 'playwright-core';
import type { ExecutableSpec } from '../contract/executable-spec.ts';
import type { RunOptions } from '../contract/run-options.ts';
import type { SessionRequest } from '../contract/session.ts';
import { executableForEndpoint, requireExecutable } from '../host/find-executable.ts';
import { ensureDisplay } from '../host/xvfb.ts';

export function executablePathFor(spec: ExecutableSpec, where?: { remote: boolean }): string {
  return where?.remote ? executableForEndpoint(spec) : requireExecutable(spec);
}

/** `displayKey`: a display of its own for this launch (promptDisplayKey), else the process's shared one. */
export async function displayAndPace(conditionHeaded: boolean | undefined, options: RunOptions, where?: { remote: boolean }, displayKey = ''): Promise<Pick<LaunchOptions, 'headless' | 'env' | 'slowMo'>> {
  const headed = !!conditionHeaded || options.headed;
  return {
    headless: !headed,
    ...(headed && !where?.remote ? { env: { ...process.env, DISPLAY: await ensureDisplay(options.headed, displayKey) } } : {}),
    ...(options.slowMoMs ? { slowMo: options.slowMoMs } : {}),
  };
}

/**
 * A browser whose real prompt the harness answers by keyboard has a display of its own, one per launch
 * configuration (see host/xvfb.ts): the launch and the driver's key presses find it by this key.
 */
export function promptDisplayKey(request: SessionRequest): string {
  const launch = request.condition.launch as { dismissPrompt?: boolean };
  return launch.dismissPrompt ? `${request.cell.engine} ${JSON.stringify(request.condition.launch)}` : '';
}
