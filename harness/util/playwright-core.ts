// playwright-core, loaded with require rather than import: it is CommonJS, and an ESM import of it
// first scans its two large bundles for export names (Node's cjs-module-lexer), about 0.2 s of every
// cell run's start here; require returns the same module instance without that scan.
import { createRequire } from 'node:module';

export const playwrightCore = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
