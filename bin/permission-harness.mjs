#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx (no build step).
import { register } from 'tsx/esm/api';

// `permission-harness list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
register();
const { main } = await import('../harness/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
