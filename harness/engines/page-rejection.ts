// The init script of emulated cells: makes one capture API reject with the exception the real browser
// gives in that state (engines/emulated/page-rejection.js, serialised into the page as is).
import { readFileSync } from 'node:fs';
import type { Condition } from '../contract/condition.ts';

const SOURCE = readFileSync(new URL('./emulated/page-rejection.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

export function rejectionScript(rejection: NonNullable<Condition['emulatedRejection']>): string {
  return `(${SOURCE})(${JSON.stringify(rejection)});`;
}
