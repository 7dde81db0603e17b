// A file directly in harness/ has no layer either.
export const stray = 1;
