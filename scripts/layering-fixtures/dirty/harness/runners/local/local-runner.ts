import { remoteRunner } from '../remote/remote-runner.ts';

export const localRunner = (): string => `local via ${remoteRunner()}`;
