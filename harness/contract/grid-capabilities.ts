// The `--capabilities <file>` schema: a JSON object of W3C capabilities added to every grid cell's
// own (a cloud grid's `bstack:options`, `sauce:options`, `LT:Options`, a platformName, …). Keys are
// W3C capability names or extension capabilities (`vendor:name`), as the W3C WebDriver spec allows.
import { z } from 'zod';

export const W3C_CAPABILITY_NAMES = [
  'browserName', 'browserVersion', 'platformName', 'acceptInsecureCerts', 'pageLoadStrategy', 'proxy',
  'setWindowRect', 'timeouts', 'strictFileInteractability', 'unhandledPromptBehavior', 'userAgent', 'webSocketUrl',
] as const;

const isCapabilityName = (k: string) => (W3C_CAPABILITY_NAMES as readonly string[]).includes(k) || /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$/.test(k);

export const UserCapabilities = z.record(z.string(), z.unknown()).superRefine((caps, ctx) => {
  for (const key of Object.keys(caps).filter((k) => !isCapabilityName(k))) {
    ctx.addIssue({ code: 'custom', path: [key], message: `neither a W3C capability (${W3C_CAPABILITY_NAMES.join(', ')}) nor an extension capability (vendor:name)` });
  }
});
export type UserCapabilities = z.infer<typeof UserCapabilities>;
