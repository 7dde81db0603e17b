#!/usr/bin/env node
// `npm run build`: the CLI compiled to JavaScript in dist/ (tsc with tsconfig.build.json; a full build
// each time, about 12 s here, so no file is ever left from an older build), so a start
// loads plain modules instead of transforming TypeScript through tsx's loader thread (measured here:
// about 0.6 s of every start). The files the sources read beside themselves (the probe's page scripts,
// the container image folder, the matrix) are copied next to their compiled modules. Last, a stamp:
// bin/permission-harness.mjs uses dist/ only while the stamp is newer than every source file, and the
// sources through tsx otherwise, so an edit is never run from a stale build.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SOURCES = ['harness', 'scenarios'];

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const built = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

let copied = 0;
for (const top of SOURCES) {
  for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
    const from = join(entry.parentPath ?? entry.path, entry.name);
    cpSync(from, join(DIST, relative(ROOT, from)));
    copied++;
  }
}
writeFileSync(join(DIST, '.build-stamp'), `${new Date().toISOString()}\n`);
console.log(`build: dist/ compiled, ${copied} data file(s) copied beside it`);
