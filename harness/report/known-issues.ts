// Known issues after a run: which failed or broken cells fail as a committed entry expects (reported
// as known, not counted against the gate), which entries have expired (they fail the run), and which
// entries no longer fail at all (flagged: remove the entry). The same decision is handed to Allure as
// its own resolution rules (one `issue` rule per entry, by test case id and message), so the report
// and `allure quality-gate` see the same known issues as the CLI.
import type { CellResult } from '../contract/cell-result.ts';
import { failurePattern, type KnownIssue } from '../contract/known-issues.ts';
import { globToRegExp } from '../util/glob.ts';
import { cellTestCaseId, type HistoryScope } from './history-identity.ts';
import { resultKey } from './run-summary.ts';

export interface KnownIssueOutcome {
  /** Per result (runner#id): the entry whose failure it fails with. */
  known: Map<string, KnownIssue>;
  /** Entries past their date that cover a cell of this run: each fails the run. */
  expired: Array<{ issue: KnownIssue; cells: string[] }>;
  /** Entries whose cells ran and passed, none failing as expected: the entry can go. */
  unneeded: Array<{ issue: KnownIssue; passed: string[] }>;
}

const UNSUCCESSFUL = new Set(['failed', 'broken']);

/** The UTC day, `YYYY-MM-DD`: an entry covers its `expires` day and expires after it. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);
export const isExpired = (issue: KnownIssue, now: Date) => issue.expires < dayOf(now);

export const coversCell = (issue: KnownIssue, cellId: string) => globToRegExp(issue.cells, '/').test(cellId);

/** Allure matches a resolution rule's message regexp against the failure message: the lines joined by newlines. */
export const failureMessage = (r: Pick<CellResult, 'failures'>) => r.failures.join('\n');

export function matchesFailure(issue: KnownIssue, r: Pick<CellResult, 'failures'>): boolean {
  return failurePattern(issue.failure)!.test(failureMessage(r));
}

export function classifyKnownIssues(issues: readonly KnownIssue[], results: readonly CellResult[], now = new Date()): KnownIssueOutcome {
  const known = new Map<string, KnownIssue>();
  const expired: KnownIssueOutcome['expired'] = [];
  const unneeded: KnownIssueOutcome['unneeded'] = [];
  for (const issue of issues) {
    const covered = results.filter((r) => coversCell(issue, r.id));
    if (isExpired(issue, now)) {
      if (covered.length) expired.push({ issue, cells: [...new Set(covered.map((r) => r.id))].sort() });
      continue;
    }
    let matched = 0;
    for (const r of covered) {
      if (!UNSUCCESSFUL.has(r.status) || known.has(resultKey(r)) || !matchesFailure(issue, r)) continue;
      known.set(resultKey(r), issue);
      matched++;
    }
    const passed = covered.filter((r) => r.status === 'passed');
    if (!matched && passed.length) unneeded.push({ issue, passed: [...new Set(passed.map((r) => r.id))].sort() });
  }
  return { known, expired, unneeded };
}

/** Allure 3 `resolutions` config: what allurerc.mjs hands Allure (links by ticket prefix, one issue rule per entry). */
export interface AllureResolutions {
  links: Record<string, { urlTemplate: string; nameTemplate: string }>;
  rules: Array<{ resolution: 'issue'; issue: { id: string; type: string }; testCaseId: string[]; messageRegexp: string; comment: string }>;
}

/** A ticket URL as Allure's link template and issue id: the last path segment is the id. */
export function ticketParts(ticket: string): { prefix: string; id: string } {
  const cut = ticket.lastIndexOf('/') + 1;
  return { prefix: ticket.slice(0, cut), id: decodeURIComponent(ticket.slice(cut)) };
}

/**
 * The entries that made a cell of this run known, as Allure resolution rules: each matches the
 * cells' test case ids (target, cell id and query, as in the history key) and the same message
 * pattern, so Allure resolves exactly these results as the issue.
 */
export function allureResolutions(outcome: KnownIssueOutcome, results: readonly CellResult[], scope: HistoryScope): AllureResolutions {
  const links: AllureResolutions['links'] = {};
  const typeOf = new Map<string, string>();
  const rules: AllureResolutions['rules'] = [];
  const byIssue = new Map<KnownIssue, Set<string>>();
  for (const r of results) {
    const issue = outcome.known.get(resultKey(r));
    if (issue) byIssue.set(issue, (byIssue.get(issue) ?? new Set()).add(cellTestCaseId(scope, r.id)));
  }
  for (const [issue, ids] of byIssue) {
    const { prefix, id } = ticketParts(issue.ticket);
    let type = typeOf.get(prefix);
    if (!type) {
      type = typeOf.size ? `ticket-${typeOf.size + 1}` : 'ticket';
      typeOf.set(prefix, type);
      links[type] = { urlTemplate: `${prefix}%s`, nameTemplate: `${prefix.replace(/^https?:\/\//, '')}%s` };
    }
    rules.push({
      resolution: 'issue',
      issue: { id, type },
      testCaseId: [...ids].sort(),
      messageRegexp: failurePattern(issue.failure)!.source,
      comment: `known issue ${issue.ticket} on ${issue.cells}, expected until ${issue.expires}${issue.note ? `: ${issue.note}` : ''}`,
    });
  }
  return { links, rules };
}
