// Reads what the app shows in one round trip (outcome-read.page.js, evaluated in the app's frame on every
// runner): whether the success and error elements are visible, the error's text, and each
// troubleshooting step's text and id attribute.
import { readFileSync } from 'node:fs';

import type { OutcomeQuery } from '../contract/session.ts';

const SOURCE = readFileSync(new URL('./outcome-read.page.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim();

/** An expression (no statements, so both runners can evaluate it) that returns the OutcomeRead. */
export function outcomeReadExpression(q: OutcomeQuery): string {
  return `${SOURCE}(${JSON.stringify(q)})`;
}
