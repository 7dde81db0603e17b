import assert from 'node:assert/strict';
import { test } from 'node:test';
import { environmentFault } from './environment-fault.ts';

const cases: Array<[string, string | undefined]> = [
  ['page.evaluate: Target crashed', 'the page crashed'],
  ['page.goto: Target page, context or browser has been closed', 'the browser went away (killed or crashed)'],
  ['browserContext.newPage: Browser has been closed', 'the browser went away (killed or crashed)'],
  ['WebDriverError: invalid session id', 'the WebDriver session was lost'],
  ['A session is either terminated or not started', 'the WebDriver session was lost'],
  ["profile step 'open url' failed: page.goto: net::ERR_CONNECTION_REFUSED at http://c1.localhost:4000/", 'the app server did not answer'],
  ["profile step 'open url' failed: page.goto: NS_ERROR_CONNECTION_REFUSED", 'the app server did not answer'],
  ["profile step 'start' failed: #start: the <button> it matches is disabled", undefined],
  ['missing step browser-permissions', undefined],
];

test('environment faults are told from app failures and harness errors by their words', () => {
  for (const [message, cause] of cases) assert.equal(environmentFault(message), cause, message);
});
