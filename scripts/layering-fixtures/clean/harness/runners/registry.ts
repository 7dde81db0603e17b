// The only file that imports the runner folders.
import { localRunner } from './local/local-runner.ts';
import { remoteRunner } from './remote/remote-runner.ts';

export const RUNNERS = { local: localRunner, remote: remoteRunner };
