// States as a zod-style enum, the older form of scenarios/axes.ts (no STATES export).
// A local stand-in for zod keeps the fixture free of dependencies.
const z = { enum: <const T extends readonly string[]>(values: T) => ({ values, parse: (s: string) => s as T[number] }) };

export const State = z.enum(['granted', 'denied', 'dismissed']);
export type State = (typeof State.values)[number];
