// The CDP commands that put a Chromium page into a cell's condition, shared by the Playwright and the
// WebdriverIO adapters (each sends them its own way: a CDPSession, or chromedriver's CDP endpoint).
import type { Recovery } from '../../contract/condition.ts';
import type { SessionRequest } from '../../contract/session.ts';
import { userAgentOverride } from './identity.ts';

export type CdpCommand = [method: string, params: Record<string, unknown>];

function permissionCommands(request: SessionRequest, permissions: Recovery['permissions'], browserContextId?: string): CdpCommand[] {
  return Object.entries(permissions ?? {}).map(([name, setting]) => [
    'Browser.setPermission',
    { permission: { name }, setting, origin: request.appOrigin, ...(browserContextId ? { browserContextId } : {}) },
  ]);
}

/** A recovery cell's second phase: the origin's permissions as the user's action leaves them. */
export function recoveryCommands(request: SessionRequest, recovery: Recovery, browserContextId?: string): CdpCommand[] {
  return permissionCommands(request, recovery.permissions, browserContextId);
}

export function conditionCommands(request: SessionRequest, browserContextId?: string): CdpCommand[] {
  const commands: CdpCommand[] = [...permissionCommands(request, request.condition.permissions, browserContextId)];
  commands.push(['Emulation.setUserAgentOverride', userAgentOverride(request.cell)]);
  return commands;
}
