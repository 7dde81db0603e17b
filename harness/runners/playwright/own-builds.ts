// The browser builds Playwright downloads itself (`npx playwright install`), where the network
// allows it: doctor lists them so they can be used through the engines' PH_*_PATH overrides.
import { existsSync } from 'node:fs';
import * as playwright from 'playwright-core';

export function playwrightOwnBuilds(): string[] {
  const found: string[] = [];
  // Every browser type playwright-core exports (whatever Playwright calls them) has executablePath().
  for (const [name, type] of Object.entries(playwright)) {
    const browserType = type as { executablePath?: () => string; launch?: unknown };
    if (typeof browserType?.executablePath !== 'function' || typeof browserType.launch !== 'function') continue;
    let path = '';
    try {
      path = browserType.executablePath();
    } catch {
      // not installed for this platform
    }
    if (path && existsSync(path)) found.push(`Playwright's own ${name} build: ${path}`);
  }
  return found.length ? found : ["Playwright's own browser builds: none installed; where the network allows: npx playwright install (then point the PH_*_PATH variables at them)"];
}
