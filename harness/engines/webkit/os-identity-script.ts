// WebKitGTK takes a user agent string (--user-agent) but has no way to change navigator.platform:
// the proxy injects this before the page's scripts so OS detection sees the emulated OS.
import type { Cell } from '../../matrix/cell.ts';
import { identityOf } from '../user-agents.ts';

export function platformScript(cell: Pick<Cell, 'browser' | 'os'>): string {
  const { platform } = identityOf(cell.browser, cell.os);
  return `Object.defineProperty(Navigator.prototype, 'platform', { configurable: true, get: function () { return ${JSON.stringify(platform)}; } });`;
}
