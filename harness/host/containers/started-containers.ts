// Every container this process started, so they are stopped at the end even when a start fails
// half-way or the user presses Ctrl-C: Ryuk (testcontainers' reaper) cannot be pulled where no
// registry answers, so the harness is its own reaper. Each container carries this process's run
// label too, which also finds one that was created but never got as far as starting.
import { randomUUID } from 'node:crypto';
import { getContainerRuntimeClient, type StartedTestContainer } from 'testcontainers';

export const RUN_LABEL = 'permission-harness.run';
export const RUN_ID = randomUUID();
/** Grace before the engine kills a container (testcontainers takes milliseconds). */
const STOP_TIMEOUT_MS = 5_000;
// A signal may arrive while a start is in flight: it is let finish (bounded) so that container too is stopped.
const PENDING_START_WAIT_MS = 15_000;
const started = new Set<StartedTestContainer>();
/** Stops in flight: a second caller (a signal during a failed start's cleanup) waits for the same one. */
const stops = new Map<StartedTestContainer, Promise<void>>();
const pendingStarts = new Map<string, Promise<unknown>>();
let handlersInstalled = false;
/** Set by a signal: from then on no new container starts (the code that asked may still be running). */
let stopping = false;

/** Ryuk stays off unless the user asked for it: its image would have to be pulled. */
export function useWithoutReaper(): void {
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
}

/** Starts a container through `start` and tracks it; a signal during the start still stops it. */
export async function startTracked(name: string, start: () => Promise<StartedTestContainer>): Promise<StartedTestContainer> {
  installSignalHandlers();
  // After a signal, a start never begins and never settles: the caller neither starts another container
  // nor fails (and exits) before the handler has stopped every container and exits itself.
  if (stopping) return new Promise<never>(() => {});
  const starting = start();
  pendingStarts.set(name, starting);
  try {
    const container = await starting;
    started.add(container);
    return container;
  } finally {
    pendingStarts.delete(name);
  }
}

/** Stops and removes the given containers (failures are collected into one error). */
export async function stopContainers(containers: Iterable<StartedTestContainer>): Promise<void> {
  const failures: string[] = [];
  await Promise.all(
    [...containers].map(async (container) => {
      let stop = stops.get(container);
      if (!stop) {
        if (!started.delete(container)) return;
        stop = container.stop({ timeout: STOP_TIMEOUT_MS, remove: true }).then(() => undefined);
        stops.set(container, stop);
      }
      try {
        await stop;
      } catch (error) {
        failures.push(`${container.getName()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  if (failures.length) throw new Error(`could not stop ${failures.length} container(s): ${failures.join('; ')}`);
}

/**
 * Removes containers of this run that exist but were never handed out (a start that failed between
 * create and ready). Looked up by name (the engine accepts a name where an id goes); only a container
 * carrying this run's label is removed.
 */
export async function removeUnstartedContainers(names: readonly string[]): Promise<void> {
  const client = await getContainerRuntimeClient();
  await Promise.all(
    names.map(async (name) => {
      const container = client.container.getById(name);
      try {
        const info = await container.inspect();
        if (info.Config.Labels?.[RUN_LABEL] === RUN_ID) await container.remove({ force: true, v: true });
      } catch {
        // No such container: nothing to remove.
      }
    }),
  );
}

/** Stops everything this process started, after letting starts in flight finish (at most 15 s). */
export async function stopAllContainers(): Promise<void> {
  const names = [...pendingStarts.keys()];
  if (names.length) {
    await Promise.race([
      Promise.allSettled(pendingStarts.values()),
      new Promise((resolve) => setTimeout(resolve, PENDING_START_WAIT_MS).unref()),
    ]);
  }
  await stopContainers([...started]);
  await removeUnstartedContainers(names);
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, exitCode] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      stopping = true;
      // A second Ctrl-C while stopping exits at once (the default handler is back).
      void stopAllContainers()
        .catch((error: unknown) => console.error(error instanceof Error ? error.message : String(error)))
        .finally(() => process.exit(exitCode));
    });
  }
}
