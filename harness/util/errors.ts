// Errors the CLI turns into one line and exit code 2 (bad input), instead of a stack trace.
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The host cannot do what was asked (missing browser, no display): say how to fix it. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}
