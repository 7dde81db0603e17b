// Starts one container of the browser-nodes image in one role (hub, node, browser server): host
// networking, so it shares the host's loopback (the app under test stays a secure http://localhost
// origin and every server stays bound to 127.0.0.1); its output captured from the start; tracked so
// it is stopped at the end, on failure and on Ctrl-C.
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import { ContainerOutput } from './container-output.ts';
import { RUN_ID, RUN_LABEL, startTracked } from './started-containers.ts';

export interface RoleContainerSpec {
  image: string;
  name: string;
  command: string[];
  /** Files written into the container before it starts (configuration). */
  files?: { path: string; content: string }[];
  sharedMemoryBytes?: number;
  /** A line the role prints once it serves. */
  readyLine: RegExp;
  startupTimeoutMs: number;
}

export interface RoleContainer {
  name: string;
  container: StartedTestContainer;
  output: ContainerOutput;
}

export async function startRoleContainer(spec: RoleContainerSpec, outputOf: (name: string, output: ContainerOutput) => void): Promise<RoleContainer> {
  const output = new ContainerOutput();
  // Registered before start: a container that fails to become ready still has its output to quote.
  outputOf(spec.name, output);
  let builder = new GenericContainer(spec.image)
    .withName(spec.name)
    .withLabels({ [RUN_LABEL]: RUN_ID })
    .withNetworkMode('host')
    .withCommand(spec.command)
    .withLogConsumer(output.consume)
    .withWaitStrategy(Wait.forLogMessage(spec.readyLine))
    .withStartupTimeout(spec.startupTimeoutMs);
  if (spec.files?.length) builder = builder.withCopyContentToContainer(spec.files.map((f) => ({ content: f.content, target: f.path })));
  if (spec.sharedMemoryBytes) builder = builder.withSharedMemorySize(spec.sharedMemoryBytes);
  const container = await startTracked(spec.name, () => builder.start());
  return { name: spec.name, container, output };
}
