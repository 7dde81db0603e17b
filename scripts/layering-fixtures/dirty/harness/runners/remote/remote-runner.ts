export const remoteRunner = (): string => 'remote';
