// A cell's identity across runs in Allure: the target, the cell id and the query (a defect variant or
// another app is another history), and nothing that changes under the cell without it being another
// cell: browser version, fidelity and mechanism are shown as parameters but excluded from the key,
// so a browser upgrade or a state becoming reachable natively continues the cell's history.
// Allure 3 keys history by md5(testCaseId) plus the non-excluded parameters; Allure 2 style readers
// read `historyId`, computed here the way allure-js-commons does, so both agree.
import { createHash } from 'node:crypto';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export interface HistoryScope {
  /** The target profile's name. */
  target: string;
  /** The run's `--query` pairs (added to the app URL). */
  query: Record<string, string>;
}

/** Parameter names shown in the report but left out of the history key. */
export const EXCLUDED_PARAMETERS = new Set(['browser version', 'fidelity', 'mechanism', 'checked against', 'node browser', 'node platform', 'os source', 'endpoint']);

/** The readable key: `<target>|<cell id>` plus `?k=v&…` (sorted) when the run had a query. */
export function historyKey(scope: HistoryScope, cellId: string): string {
  const q = Object.entries(scope.query)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return `${scope.target}|${cellId}${q ? `?${q}` : ''}`;
}

export function cellTestCaseId(scope: HistoryScope, cellId: string): string {
  return md5(historyKey(scope, cellId));
}

/** allure-js-commons' historyId: testCaseId + md5 of the sorted non-excluded `name:value` pairs. */
export function cellHistoryId(testCaseId: string, parameters: Array<[name: string, value: string]>): string {
  const kept = parameters
    .filter(([name]) => !EXCLUDED_PARAMETERS.has(name))
    .sort(([an, av], [bn, bv]) => an.localeCompare(bn) || av.localeCompare(bv))
    .map(([n, v]) => `${n}:${v}`)
    .join(',');
  return `${testCaseId}:${md5(kept)}`;
}
