#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (`npm run build`, which set-up runs) while it is up to
// date, and the TypeScript sources through tsx otherwise (an edited checkout, or PH_FROM_SOURCE=1),
// so what runs is always what the sources say. Compiled, a start saves tsx's loader (about 0.4 s here).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFreshness } from './build-freshness.mjs';

// `permission-harness list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const fresh = process.env.PH_FROM_SOURCE === '1' ? { current: false, why: 'PH_FROM_SOURCE=1' } : buildFreshness(join(dirname(fileURLToPath(import.meta.url)), '..'));
// `doctor` says which one runs, and why.
process.env.PH_CLI_BUILD = fresh.current ? 'compiled dist/' : `sources through tsx (${fresh.why}; npm run build compiles them)`;
let main;
if (fresh.current) {
  ({ main } = await import('../dist/harness/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../harness/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
