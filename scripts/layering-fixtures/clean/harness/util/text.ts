export type Padded = string;
export const pad = (s: string): Padded => s.padStart(4);
