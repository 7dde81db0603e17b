// Shared by the engines; not an engine itself.
export const emulate = (what: string): string => `emulated ${what}`;
