// A cell's hostname: an origin of its own on a worker's one site, or, where the browser keys a cell's
// leftover state by site (Firefox's block after a closed prompt), a site of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isolatedHostFor } from './drive-plan.ts';

test('cells share a site unless they need one of their own', () => {
  assert.equal(isolatedHostFor(12, false, 4242), 'c12.w4242.localhost');
  assert.equal(isolatedHostFor(12, true, 4242), 'c12-w4242.localhost');
  // One label under localhost is its own registrable domain; two labels share `w4242.localhost`.
  assert.notEqual(isolatedHostFor(1, true, 7).split('.').slice(-2).join('.'), isolatedHostFor(2, true, 7).split('.').slice(-2).join('.'));
  assert.equal(isolatedHostFor(1, false, 7).split('.').slice(-2).join('.'), isolatedHostFor(2, false, 7).split('.').slice(-2).join('.'));
});
