// The init scripts of emulated cells: makes one capture API reject with the exception the real browser
// gives in that state (engines/emulated/page-rejection.js), or removes an API the real browser lacks
// (engines/emulated/absent-api.js); both serialised into the page as is.
import { readFileSync } from 'node:fs';
import type { Condition } from '../contract/condition.ts';

const SOURCE = readFileSync(new URL('./emulated/page-rejection.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

export function rejectionScript(rejection: NonNullable<Condition['emulatedRejection']>): string {
  return `(${SOURCE})(${JSON.stringify(rejection)});`;
}

const ABSENT_SOURCE = readFileSync(new URL('./emulated/absent-api.js', import.meta.url), 'utf8').trim().replace(/;$/, '');

export function absentApiScript(api: NonNullable<Condition['absentApi']>): string {
  return `(${ABSENT_SOURCE})(${JSON.stringify(api)});`;
}

/** Lifts an emulated rejection in the page (a recovery cell's emulated step); false when the page has none. */
export const LIFT_REJECTION_EXPRESSION = 'typeof window.__permissionHarnessLiftRejection === "function" ? window.__permissionHarnessLiftRejection() : false';
