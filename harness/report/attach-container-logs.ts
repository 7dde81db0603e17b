// Each container's log, attached to the Allure results of the cells it served (`--browsers-from
// containers`): one text file per container in the results folder, referenced from every result
// whose runner (and, for a browser server, endpoint) it served. The files are also kept in
// reports/containers/ for a reader without the report.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteAllureResults, type AllureResultFile } from './allure-result-files.ts';

export interface ContainerLog {
  name: string;
  text: string;
  /** Which cells it served: the runner, and for a runner with one container per endpoint, that endpoint. */
  runner: string;
  endpoint?: string;
}

type WithAttachments = AllureResultFile & { attachments?: Array<{ name: string; source: string; type: string }> };

/** Returns how many results got at least one log. */
export function attachContainerLogs(resultsDir: string, logsDir: string, logs: readonly ContainerLog[]): number {
  if (!logs.length) return 0;
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(logsDir, { recursive: true });
  const files = logs.map((log) => {
    const source = `${randomUUID()}-attachment.txt`;
    writeFileSync(join(resultsDir, source), log.text);
    writeFileSync(join(logsDir, `${log.name}.log`), log.text);
    return { log, source };
  });
  return rewriteAllureResults(resultsDir, (raw) => {
    const r = raw as WithAttachments;
    const runner = r.labels?.find((l) => l.name === 'runner')?.value;
    const endpoint = r.parameters?.find((p) => p.name === 'endpoint')?.value;
    const mine = files.filter(({ log }) => log.runner === runner && (log.endpoint === undefined || log.endpoint === endpoint));
    if (!mine.length) return false;
    r.attachments = [...(r.attachments ?? []), ...mine.map(({ log, source }) => ({ name: `container log: ${log.name}`, source, type: 'text/plain' }))];
    return true;
  });
}
