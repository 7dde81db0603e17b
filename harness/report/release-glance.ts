// Writes the release at a glance after a run: reports/matrix.html, reports/summary.json, and the
// cells' last verdicts (reports/history/) the next run compares with. With an Allure report coming,
// both files also become Allure global attachments (Allure 3 shows them under the report's
// "Global attachments"), and each matrix cell links to its result in that report.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FileSystemWriter } from 'allure-js-commons/sdk/reporter';
import type { CellResult } from '../contract/cell-result.ts';
import type { DriftChange, ObservedRecord } from '../contract/observed-record.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import type { RunSummary } from '../contract/run-summary.ts';
import { allureResultHref, allureUuids, cellResultHref, linkKey } from './allure-links.ts';
import { cellTestCaseId, type HistoryScope } from './history-identity.ts';
import { matrixHtml } from './matrix-html.ts';
import { buildRunSummary, resultKey, writeRunSummary } from './run-summary.ts';
import { mergeHistory, readHistory, writeHistory } from './verdict-history.ts';

export interface GlancePaths {
  matrix: string;
  summary: string;
  verdictHistory: string;
}

export interface GlanceInput {
  results: CellResult[];
  scope: HistoryScope;
  missing: Array<{ id: string; runner: string }>;
  paths: GlancePaths;
  /** What each engine answered (attached with the others, for drift). */
  observed?: ObservedRecord;
  /** This run's answers against the baseline. */
  drift?: { against: string; changes: DriftChange[] };
  /** The run's allure-results folder when an Allure report will be generated from it. */
  allureResultsDir?: string;
  /** Per result (runner#id), the known issue it fails as; the file's expired and unneeded entries; the gate. */
  known?: Map<string, KnownIssue>;
  knownIssues?: RunSummary['knownIssues'];
  gate?: RunSummary['gate'];
  notes?: string[];
}

/** Per result, the href of its Allure result (when it has one), else of its cell-result file. */
export function cellLinks(results: CellResult[], scope: HistoryScope, allureResultsDir?: string): Map<string, string> {
  const uuids = allureResultsDir ? allureUuids(allureResultsDir) : new Map<string, string>();
  const links = new Map<string, string>();
  for (const r of results) {
    const uuid = uuids.get(linkKey(cellTestCaseId(scope, r.id), r.runner));
    links.set(resultKey(r), uuid ? allureResultHref(uuid) : cellResultHref(r.runner, r.id));
  }
  return links;
}

export function writeReleaseGlance(input: GlanceInput): RunSummary {
  const { results, scope, paths } = input;
  const now = new Date();
  const links = cellLinks(results, scope, input.allureResultsDir);
  const previous = readHistory(paths.verdictHistory);
  const html = matrixHtml({ results, scope, ...(previous ? { previous } : {}), links, generatedAt: now.toISOString(), ...(input.known ? { known: input.known } : {}), ...(input.gate ? { gate: input.gate } : {}) });
  mkdirSync(dirname(paths.matrix), { recursive: true });
  writeFileSync(paths.matrix, html);
  const summary = buildRunSummary({
    results, scope, missing: input.missing, links, now,
    ...(input.drift ? { drift: input.drift } : {}),
    ...(input.known ? { known: input.known } : {}),
    ...(input.knownIssues ? { knownIssues: input.knownIssues } : {}),
    ...(input.gate ? { gate: input.gate } : {}),
    ...(input.notes?.length ? { notes: input.notes } : {}),
  });
  writeRunSummary(paths.summary, summary);
  writeHistory(paths.verdictHistory, mergeHistory(previous, scope, results, now.toISOString()));
  if (input.allureResultsDir) attachGlobals(input.allureResultsDir, [
    { name: 'matrix.html (the release at a glance)', type: 'text/html', ext: 'html', content: html },
    { name: 'summary.json', type: 'application/json', ext: 'json', content: JSON.stringify(summary, null, 2) },
    ...(input.observed ? [{ name: 'observed.json (what each engine answered; permission-harness drift)', type: 'application/json', ext: 'json', content: JSON.stringify(input.observed, null, 2) }] : []),
  ]);
  return summary;
}

/** Allure's global attachments: the attachment files plus one `*-globals.json` naming them. */
function attachGlobals(resultsDir: string, files: Array<{ name: string; type: string; ext: string; content: string }>): void {
  const writer = new FileSystemWriter({ resultsDir });
  const attachments = files.map((f) => {
    const source = `${randomUUID()}-attachment.${f.ext}`;
    writer.writeAttachment(source, Buffer.from(f.content));
    return { name: f.name, source, type: f.type, timestamp: Date.now() };
  });
  writer.writeGlobals(`${randomUUID()}-globals.json`, { attachments, errors: [] });
}
