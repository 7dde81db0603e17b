// Whether a Docker engine answers, asked the way testcontainers will ask it (its own runtime client),
// so a "yes" here means the container path can start; a "no" is one line with the fix.
import { getContainerRuntimeClient } from 'testcontainers';

const HOW_TO_ENABLE =
  'install it (apt-get install -y --no-install-recommends docker.io) and start it (bash scripts/start-docker.sh)';

/** undefined when a Docker engine answers; otherwise one line saying why not and how to enable it. */
export async function dockerUnavailableReason(): Promise<string | undefined> {
  try {
    // It pings the engine before it resolves.
    await getContainerRuntimeClient();
    return undefined;
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return `no Docker engine answers (${why}); ${HOW_TO_ENABLE}`;
  }
}
