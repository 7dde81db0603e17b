import { port } from '../server/server.ts';

export const hostName = (): string => `localhost:${port}`;
