// A binary the harness needs on the host (a browser, a driver): where to look and how to install it.
export interface ExecutableSpec {
  what: string;
  /** Environment variable that overrides the search. */
  env: string;
  candidates: Array<string | (() => string | undefined)>;
  install: string;
}
