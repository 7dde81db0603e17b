// States as rows, like the real scenarios/axes.ts: check-names.mjs reads the `id` values.
export const STATES = [
  { id: 'granted', summary: 'the user allowed capture' },
  { id: 'denied', summary: 'the site is blocked' },
  { id: 'dismissed', summary: 'the prompt was closed' },
] as const;

export type State = (typeof STATES)[number]['id'];
