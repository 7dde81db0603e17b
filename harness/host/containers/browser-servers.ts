// Playwright browser servers in containers: `playwright run-server --unsafe` of the image's own
// playwright-core (the host's version, so client and server match) on the host network. --unsafe is
// what lets each client choose executablePath, args and Firefox prefs per connection through the
// x-playwright-launch-options header; without it those are ignored.
import { IN_IMAGE } from './browser-nodes-image.ts';
import type { ContainerOutput } from './container-output.ts';
import { freePorts } from './free-ports.ts';
import type { LogLine } from './log-line.ts';
import { startRoleContainer, type RoleContainer } from './role-container.ts';
import { removeUnstartedContainers, stopContainers, useWithoutReaper } from './started-containers.ts';

export interface BrowserServerOptions {
  count: number;
  /** The browser-nodes image tag (ensureBrowserNodesImage). */
  image: string;
  log: LogLine;
}

export interface StartedBrowserServers {
  /** ws://127.0.0.1:<port>/, one per container, for browserType.connect(). */
  endpoints: string[];
  /** Each container's output so far, by container name. */
  logs(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const LISTENING_LINE = /Listening on ws:\/\//;
const CONTAINER_START_TIMEOUT_MS = 60_000;
// Browsers in a container need more than Docker's default 64 MB of /dev/shm.
const SHARED_MEMORY_BYTES = 2 * 1024 ** 3;
const FAILURE_LOG_LINES = 20;

export function browserServerCommand(port: number): string[] {
  return [IN_IMAGE.node, IN_IMAGE.playwrightCli, 'run-server', '--port', String(port), '--host', '127.0.0.1', '--unsafe'];
}

export async function startBrowserServers(options: BrowserServerOptions): Promise<StartedBrowserServers> {
  useWithoutReaper();
  const ports = await freePorts(options.count);
  const outputs = new Map<string, ContainerOutput>();
  const started: RoleContainer[] = [];
  const names = ports.map((port) => `ph-browser-server-${port}`);
  const stop = async () => {
    // Started ones first; then any that was created but never handed out (they are told apart by name).
    await stopContainers(started.map((s) => s.container));
    await removeUnstartedContainers(names.filter((name) => !started.some((s) => s.name === name)));
  };
  const logs = async () => Object.fromEntries([...outputs].map(([name, output]) => [name, output.text()]));

  const results = await Promise.allSettled(
    ports.map(async (port, i) => {
      const begun = Date.now();
      const role = await startRoleContainer(
        {
          image: options.image,
          name: names[i]!,
          command: browserServerCommand(port),
          sharedMemoryBytes: SHARED_MEMORY_BYTES,
          readyLine: LISTENING_LINE,
          startupTimeoutMs: CONTAINER_START_TIMEOUT_MS,
        },
        (name, output) => outputs.set(name, output),
      );
      started.push(role);
      options.log(`browser server: ${role.name} listening in ${((Date.now() - begun) / 1000).toFixed(1)} s`);
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    const tails = [...outputs].map(([name, output]) => `--- ${name} (last lines)\n${output.lastLines(FAILURE_LOG_LINES)}`).join('\n');
    await stop().catch((stopError: unknown) => options.log(`browser server: ${stopError instanceof Error ? stopError.message : String(stopError)}`));
    const why = failed.reason instanceof Error ? failed.reason.message : String(failed.reason);
    throw new Error(`the browser servers did not start: ${why}\n${tails}`, { cause: failed.reason });
  }
  return { endpoints: ports.map((port) => `ws://127.0.0.1:${port}/`), logs, stop };
}
