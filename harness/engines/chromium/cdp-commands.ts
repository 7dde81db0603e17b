// The CDP commands that put a Chromium page into a cell's condition, shared by the Playwright and the
// WebdriverIO adapters (each sends them its own way: a CDPSession, or chromedriver's CDP endpoint).
import type { SessionRequest } from '../../contract/session.ts';
import { userAgentOverride } from './identity.ts';

export type CdpCommand = [method: string, params: Record<string, unknown>];

export function conditionCommands(request: SessionRequest, browserContextId?: string): CdpCommand[] {
  const commands: CdpCommand[] = [];
  for (const [name, setting] of Object.entries(request.condition.permissions ?? {})) {
    commands.push([
      'Browser.setPermission',
      { permission: { name }, setting, origin: request.appOrigin, ...(browserContextId ? { browserContextId } : {}) },
    ]);
  }
  commands.push(['Emulation.setUserAgentOverride', userAgentOverride(request.cell)]);
  return commands;
}
