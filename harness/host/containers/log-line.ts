/** Where the container modules report progress: one human-readable line per call. */
export type LogLine = (line: string) => void;
