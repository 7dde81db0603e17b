export const emulate = (what: string): string => `emulated ${what}`;
