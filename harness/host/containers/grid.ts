// A Selenium Grid 4 in containers: one hub plus N driver nodes (chromedriver starts the browser per
// session) and M relay nodes (a WebKitWebDriver beside the node), all from the browser-nodes image on
// the host network, every port chosen free and bound to 127.0.0.1. Ready when the hub's /status lists
// every node UP. stop() stops everything that was started, also after a start that failed part-way.
import type { StartedTestContainer } from 'testcontainers';
import { IN_IMAGE } from './browser-nodes-image.ts';
import type { ContainerOutput } from './container-output.ts';
import { freePorts } from './free-ports.ts';
import { gridNodeRoles } from './grid-node-roles.ts';
import { gridReadiness } from './grid-status.ts';
import { driverNodeToml, hubToml, relayNodeToml, type EventBusPorts } from './grid-toml.ts';
import type { LogLine } from './log-line.ts';
import { startRoleContainer, type RoleContainer } from './role-container.ts';
import { removeUnstartedContainers, stopContainers, useWithoutReaper } from './started-containers.ts';

export interface GridOptions {
  /** Engine name → how many nodes serve it (an engine the image has no node role for is an error naming those it has). */
  nodes: Readonly<Record<string, number>>;
  /** The browser-nodes image tag (ensureBrowserNodesImage). */
  image: string;
  log: LogLine;
  /** How long the hub may take to list every node UP (default 90 s). */
  readyTimeoutMs?: number;
}

export interface StartedGrid {
  /** The hub's WebDriver endpoint, http://127.0.0.1:<port> (sessions at path "/"). */
  url: string;
  containers: StartedTestContainer[];
  /** Each container's output so far, by container name. */
  logs(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const CONFIG_PATH = '/etc/permission-harness/grid.toml';
const STARTED_LINE = /Started Selenium/;
const CONTAINER_START_TIMEOUT_MS = 60_000;
const DEFAULT_READY_TIMEOUT_MS = 90_000;
const POLL_MS = 250;
const FAILURE_LOG_LINES = 20;

function gridCommand(role: 'hub' | 'node'): string[] {
  return ['java', '-jar', IN_IMAGE.gridJar, role, '--config', CONFIG_PATH];
}

export async function startGrid(options: GridOptions): Promise<StartedGrid> {
  useWithoutReaper();
  const { log } = options;
  const roles = gridNodeRoles();
  const wanted = Object.entries(options.nodes).filter(([, n]) => n > 0).map(([engine, count]) => {
    const role = roles[engine];
    if (!role) throw new Error(`the browser-nodes image has no Grid node for engine "${engine}" (it has: ${Object.keys(roles).join(', ')})`);
    return { role, count };
  });
  const nodeCount = wanted.reduce((n, w) => n + w.count, 0);
  const relays = wanted.filter((w) => w.role.kind === 'relay').reduce((n, w) => n + w.count, 0);
  // hub, bus publish, bus subscribe; one port per node; one more per relay node for its driver.
  const ports = await freePorts(3 + nodeCount + relays);
  const [hubPort, publish, subscribe] = ports.splice(0, 3) as [number, number, number];
  const bus: EventBusPorts = { publish, subscribe };
  const url = `http://127.0.0.1:${hubPort}`;

  const outputs = new Map<string, ContainerOutput>();
  const remember = (name: string, output: ContainerOutput) => outputs.set(name, output);
  const started: RoleContainer[] = [];
  const names: string[] = [];
  const stop = async () => {
    // Started ones first; then any that was created but never handed out (they are told apart by name).
    await stopContainers(started.map((s) => s.container));
    await removeUnstartedContainers(names.filter((name) => !started.some((s) => s.name === name)));
  };
  const logs = async () => Object.fromEntries([...outputs].map(([name, output]) => [name, output.text()]));

  const startRole = async (spec: Parameters<typeof startRoleContainer>[0]) => {
    names.push(spec.name);
    const begun = Date.now();
    const role = await startRoleContainer(spec, remember);
    started.push(role);
    log(`grid: ${spec.name} started in ${((Date.now() - begun) / 1000).toFixed(1)} s`);
    return role;
  };

  try {
    // Hub and nodes start together (about 8 s to ready instead of 17 s here): a node that announces
    // itself before the hub listens announces again every register-cycle (grid-toml.ts).
    const hubStart = startRole({
      image: options.image,
      name: `ph-grid-hub-${hubPort}`,
      command: gridCommand('hub'),
      files: [{ path: CONFIG_PATH, content: hubToml(hubPort, bus) }],
      readyLine: STARTED_LINE,
      startupTimeoutMs: CONTAINER_START_TIMEOUT_MS,
    });

    const starts: Promise<RoleContainer>[] = [hubStart];
    for (const { role, count } of wanted) {
      for (let i = 0; i < count; i++) {
        const nodePort = ports.shift()!;
        // A driver node starts the browser's own driver per session; a relay node forwards to a
        // WebDriver server started beside it (the Grid jar has no driver info for that browser).
        const driverPort = role.kind === 'relay' ? ports.shift()! : undefined;
        starts.push(
          startRole({
            image: options.image,
            name: `ph-grid-node-${role.displayName}-${nodePort}`,
            command: role.kind === 'relay' ? [IN_IMAGE.relayNodeScript, String(driverPort), CONFIG_PATH] : gridCommand('node'),
            files: [{ path: CONFIG_PATH, content: role.kind === 'relay' ? relayNodeToml(nodePort, bus, url, driverPort!, role) : driverNodeToml(nodePort, bus, url, role) }],
            sharedMemoryBytes: role.sharedMemoryBytes,
            readyLine: STARTED_LINE,
            startupTimeoutMs: CONTAINER_START_TIMEOUT_MS,
          }),
        );
      }
    }
    // allSettled: every start finishes (and is tracked) before a failure stops them all.
    const results = await Promise.allSettled(starts);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;

    await waitForNodes(url, nodeCount, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS, log);
    return { url, containers: started.map((s) => s.container), logs, stop };
  } catch (error) {
    const tails = [...outputs]
      .map(([name, output]) => `--- ${name} (last lines)\n${output.lastLines(FAILURE_LOG_LINES)}`)
      .join('\n');
    await stop().catch((stopError: unknown) => log(`grid: ${stopError instanceof Error ? stopError.message : String(stopError)}`));
    throw new Error(`the Grid did not start: ${error instanceof Error ? error.message : String(error)}\n${tails}`, { cause: error });
  }
}

async function waitForNodes(url: string, expected: number, timeoutMs: number, log: LogLine): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const begun = Date.now();
  let detail = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(5_000) });
      const readiness = gridReadiness(await response.json(), expected);
      detail = readiness.detail;
      if (readiness.ready) {
        log(`grid: ${url} ready in ${((Date.now() - begun) / 1000).toFixed(1)} s after the containers (${detail})`);
        return;
      }
    } catch (error) {
      detail = `GET ${url}/status: ${error instanceof Error ? error.message : String(error)}`;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`the hub did not list ${expected} node(s) UP within ${timeoutMs / 1000} s (last: ${detail})`);
}
