// Engines may name states.
export const denied = 'denied';
