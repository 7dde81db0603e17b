export const label = (runner: string, id: string): string => `${runner}:${id}`;
