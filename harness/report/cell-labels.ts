// The labels, parameters and description a cell carries in Allure, the same for every runner and
// for cells that ran or could not (fidelity `unavailable`): browser, engine, os, state, mode,
// fidelity, runner, and `env` (engine-runner), which allurerc.mjs turns into one environment each;
// and the cell's history identity (history-identity.ts).
import type { CellPlan } from '../contract/cell-plan.ts';
import type { CheckedAgainst } from '../contract/cell-result.ts';
import { fidelityOf } from '../contract/cell-plan.ts';
import { osSourceText } from '../contract/remote-browser.ts';
import type { CellMetadata, CellReporter, CellSession } from '../contract/session.ts';
import { EXCLUDED_PARAMETERS, cellHistoryId, cellTestCaseId, type HistoryScope } from './history-identity.ts';

export async function labelCell(reporter: CellReporter, plan: CellPlan, runner: string, scope: HistoryScope, checkedAgainst?: CheckedAgainst): Promise<void> {
  await reporter.metadata(cellMetadata(plan, runner, scope, checkedAgainst));
}

/** Everything labelCell sends, as data (the history identity is tested on it). */
export function cellMetadata(plan: CellPlan, runner: string, scope: HistoryScope, checkedAgainst?: CheckedAgainst): CellMetadata {
  const { cell, condition } = plan;
  const fidelity = fidelityOf(plan);
  const labels: Array<[string, string]> = [
    ['browser', cell.browser],
    ['engine', cell.engine],
    ['os', cell.os],
    ['state', cell.state],
    ['mode', cell.mode],
    ['fidelity', fidelity],
    ['runner', runner],
    ['env', `${cell.engine}-${runner}`],
    ['epic', cell.engine],
    ['feature', cell.state],
    ['story', cell.mode],
    // A snapshot proves stability, not correctness: the report says which one a cell was held to.
    ...(checkedAgainst ? [['checked against', checkedAgainst] as [string, string]] : []),
  ];
  const params: Array<[string, string]> = [
    ['browser', cell.browser],
    ['os', cell.os],
    ['state', cell.state],
    ['mode', cell.mode],
    ['engine', cell.engine],
    ['runner', runner],
    ['fidelity', fidelity],
    ['mechanism', condition.mechanism],
    ...(checkedAgainst ? [['checked against', checkedAgainst] as [string, string]] : []),
  ];
  const e = condition.expected;
  const description = [
      `**${cell.id}** on ${cell.engine} via ${runner}`,
      plan.unavailable ? `- cannot run here: ${plan.unavailable}` : `- fidelity: **${condition.fidelity}** — ${condition.mechanism}`,
      condition.why ? `- why not native: ${condition.why}` : '',
      e.kind === 'exception' ? `- expected exception: ${e.name} "${e.message}" (source: ${e.source})` : `- expected: ${e.kind}`,
      checkedAgainst ? `- steps checked against: ${checkedAgainst}` : '',
    ]
    .filter(Boolean)
    .join('\n');
  const testCaseId = cellTestCaseId(scope, cell.id);
  const parameters = params.map(([name, value]): [string, string, { excluded?: boolean }?] => (EXCLUDED_PARAMETERS.has(name) ? [name, value, { excluded: true }] : [name, value]));
  return { labels, parameters, description, testCaseId, historyId: cellHistoryId(testCaseId, params) };
}

/**
 * What the opened session adds: the browser version, and for a remote endpoint what it reported it
 * started (`node browser`, `node platform`) and whether the cell's OS is the node's own (`os source`,
 * also a label, so the report can be filtered by it). Excluded from the history key: a node upgrade
 * or another node continues the cell's history.
 */
export function sessionMetadata(session: Pick<CellSession, 'browserVersion' | 'remote' | 'servedThrough'>): CellMetadata {
  const r = session.remote;
  const parameters: NonNullable<CellMetadata['parameters']> = [['browser version', session.browserVersion, { excluded: true }]];
  if (session.servedThrough) parameters.push(['served through', session.servedThrough, { excluded: true }]);
  if (!r) return { parameters };
  parameters.push(
    ['node browser', `${r.browserName} ${r.browserVersion}`, { excluded: true }],
    ['node platform', r.platformName ?? '(not reported)', { excluded: true }],
    ['os source', osSourceText(r), { excluded: true }],
    ['endpoint', r.endpoint, { excluded: true }],
  );
  return { parameters, labels: [['os source', r.osSource]] };
}
