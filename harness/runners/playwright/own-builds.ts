// The browser builds Playwright downloads itself (`npx playwright install`), where the network
// allows it: doctor lists them so they can be used through the engines' PH_*_PATH overrides.
import { existsSync } from 'node:fs';
import * as pw from 'playwright-core';

export function playwrightOwnBuilds(): string[] {
  const found = (['chromium', 'firefox', 'webkit'] as const)
    .map((t) => {
      try {
        return [t, pw[t].executablePath()] as const;
      } catch {
        return [t, ''] as const;
      }
    })
    .filter(([, p]) => p && existsSync(p));
  if (!found.length) return ["Playwright's own browser builds: none installed; where the network allows: npx playwright install (then point the PH_*_PATH variables at them)"];
  return found.map(([t, p]) => `Playwright's own ${t} build: ${p}`);
}
