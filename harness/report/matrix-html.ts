// reports/matrix.html: the release at a glance, one self-contained page (inline CSS, no script, no
// external asset, opens from file://). One table per mode, a row per browser/os (and runner), a
// column per state; each cell shows its verdict by colour *and* symbol, its fidelity as a letter
// (never an emulated cell shown as native), the observed exception on hover and keyboard focus, a
// link to its result, and a marker when its verdict or fidelity changed since it last ran.
import { MODES, STATES } from '../../scenarios/axes.ts';
import { stateSegment } from '../contract/cell.ts';
import type { CellResult } from '../contract/cell-result.ts';
import type { KnownIssue } from '../contract/known-issues.ts';
import type { HistoryScope } from './history-identity.ts';
import { resultKey } from './run-summary.ts';
import { changeOf, type Change, type VerdictHistory } from './verdict-history.ts';

export interface MatrixInput {
  results: CellResult[];
  scope: HistoryScope;
  /** The cells' last known verdicts before this run; undefined on the first run. */
  previous?: VerdictHistory;
  /** Per result (runner#id), its href relative to the page. */
  links?: Map<string, string>;
  generatedAt?: string;
  /** Per result (runner#id), the known issue it fails as: marked `K`, with the ticket. */
  known?: Map<string, KnownIssue>;
  /** The quality gate's outcome: shown under the counts, one line per failed rule. */
  gate?: { passed: boolean; rules: Array<{ rule: string; passed: boolean; message: string }> };
}

export const VERDICT_MARK: Record<CellResult['status'], string> = { passed: '✓', failed: '✗', broken: '!', skipped: '–' };
const VERDICT_WORD: Record<CellResult['status'], string> = {
  passed: 'passed',
  failed: 'failed (the app)',
  broken: 'broken (state not reached)',
  skipped: 'skipped (unavailable)',
};
export const FIDELITY_MARK: Record<CellResult['fidelity'], string> = { native: 'N', emulated: 'E', unavailable: 'U' };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What the page received, in one line: the exception's name and message, else what happened. */
export function observedText(r: CellResult): string {
  if (r.status === 'skipped') return `not run: ${r.skipReason ?? 'unavailable'}`;
  if (r.exception) return `${r.exception.name}: ${r.exception.message}${r.exception.constraint ? ` (constraint ${r.exception.constraint})` : ''}`;
  return r.observed || '(nothing observed)';
}

function changeText(c: Change): string {
  if (c.kind === 'changed') return `changed since last run: was ${c.was.verdict}, ${c.was.fidelity}`;
  return c.kind === 'new' ? 'new: not run before' : '';
}

const rowOf = (r: CellResult) => `${r.cell.browser}/${r.cell.os}`;
const rowKey = (r: CellResult) => `${rowOf(r)} (${r.cell.engine} via ${r.runner})`;

function cellHtml(r: CellResult | undefined, input: MatrixInput, n: number): string {
  if (!r) return '<td class="none"><span aria-hidden="true">·</span><span class="sr">not run</span></td>';
  const change = changeOf(input.previous, input.scope, r);
  const observed = observedText(r);
  const headline = r.failures[0] ? `\n${r.failures[0]}` : '';
  const known = input.known?.get(resultKey(r));
  const knownText = known ? `known issue ${known.ticket} (expected until ${known.expires})` : '';
  const tip = `${r.id}: ${VERDICT_WORD[r.status]}, ${r.fidelity}${known ? `, ${knownText}` : ''}\nobserved: ${observed}${headline}${change.kind !== 'same' ? `\n${changeText(change)}` : ''}`;
  const href = input.links?.get(resultKey(r));
  const body =
    `<span class="mark" aria-hidden="true">${VERDICT_MARK[r.status]}<abbr title="${r.fidelity}">${FIDELITY_MARK[r.fidelity]}</abbr></span>` +
    (known ? '<span class="known" aria-hidden="true">K</span>' : '') +
    `<span class="sr">${esc(VERDICT_WORD[r.status])}, ${r.fidelity}${known ? `, ${esc(knownText)}` : ''}</span>` +
    `<span class="tip" role="tooltip" id="tip-${n}">${esc(tip).replaceAll('\n', '<br>')}</span>`;
  const tag = href ? `a href="${esc(href)}"` : 'span tabindex="0"';
  const close = href ? 'a' : 'span';
  const marker =
    change.kind === 'changed'
      ? `<span class="chg" title="${esc(changeText(change))}"><span aria-hidden="true">Δ</span><span class="sr">${esc(changeText(change))}</span></span>`
      : change.kind === 'new'
        ? `<span class="chg new" title="new: not run before"><span aria-hidden="true">+</span><span class="sr">new: not run before</span></span>`
        : '';
  return (
    `<td class="v-${r.status} f-${r.fidelity}" data-cell="${esc(r.id)}" data-runner="${esc(r.runner)}" data-verdict="${r.status}" data-fidelity="${r.fidelity}" data-change="${change.kind}"${known ? ` data-known="${esc(known.ticket)}"` : ''}>` +
    `<${tag} class="cell" title="${esc(tip)}" aria-describedby="tip-${n}">${body}</${close}>${marker}</td>`
  );
}

export function matrixHtml(input: MatrixInput): string {
  const { results } = input;
  const count = (s: CellResult['status']) => results.filter((r) => r.status === s).length;
  const changed = results.filter((r) => changeOf(input.previous, input.scope, r).kind === 'changed').length;
  const known = results.filter((r) => input.known?.has(resultKey(r))).length;
  const query = Object.entries(input.scope.query).map(([k, v]) => `${k}=${v}`).join('&');
  let n = 0;
  const tables: string[] = [];
  for (const mode of MODES) {
    const rs = results.filter((r) => r.cell.mode === mode.id);
    if (!rs.length) continue;
    const rows = [...new Set(rs.map(rowKey))].sort();
    // A state's column, then its recovery cells' columns (`denied..granted`) beside it.
    const states = STATES.filter((s) => results.some((r) => r.cell.state === s.id)).flatMap((s) => [
      ...(results.some((r) => r.cell.state === s.id && !r.cell.sequence) ? [{ id: s.id, summary: s.summary }] : []),
      ...[...new Set(results.filter((r) => r.cell.state === s.id && r.cell.sequence).map((r) => stateSegment(r.cell)))].sort().map((id) => ({ id, summary: `recovery: ${s.summary}, then the user's action` })),
    ]);
    const head = `<tr><th scope="col">browser / os</th>${states.map((s) => `<th scope="col" title="${esc(s.summary)}">${esc(s.id)}</th>`).join('')}</tr>`;
    const body = rows
      .map((row) => {
        const inRow = rs.filter((r) => rowKey(r) === row);
        const first = inRow[0]!;
        const [name, via] = [rowOf(first), `${first.cell.engine} via ${first.runner}`];
        return `<tr><th scope="row">${esc(name)} <span class="via">${esc(via)}</span></th>${states.map((s) => cellHtml(inRow.find((r) => stateSegment(r.cell) === s.id), input, ++n)).join('')}</tr>`;
      })
      .join('\n');
    tables.push(`<table data-mode="${mode.id}">\n<caption>${esc(mode.label)} <span class="via">(${mode.id})</span></caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
  }
  const counts = `<span data-count="passed">${count('passed')}</span> passed, <span data-count="failed">${count('failed')}</span> failed, <span data-count="broken">${count('broken')}</span> broken, <span data-count="skipped">${count('skipped')}</span> skipped${known ? ` (<span data-count="known">${known}</span> known)` : ''}`;
  const gate = input.gate
    ? `<p id="gate" class="gate ${input.gate.passed ? 'g-passed' : 'g-failed'}" data-gate="${input.gate.passed ? 'passed' : 'failed'}">Quality gate ${input.gate.passed ? 'passed' : 'failed'}</p>` +
      (input.gate.passed ? '' : `\n<ul class="gate-rules">${input.gate.rules.filter((r) => !r.passed).map((r) => `<li data-rule="${esc(r.rule)}"><b>${esc(r.rule)}</b>: ${esc(r.message)}</li>`).join('')}</ul>`)
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>permission-harness: the release at a glance</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>The release at a glance</h1>
<p>Target <strong>${esc(input.scope.target)}</strong>${query ? `, query <code>${esc(query)}</code>` : ''}${input.generatedAt ? `, run ${esc(input.generatedAt)}` : ''}.</p>
<p id="counts" class="counts">${counts}${changed ? `; <span data-count="changed">${changed}</span> changed since last run` : ''}</p>
${gate}
<ul class="legend" aria-label="legend">
<li><span class="key v-passed">✓</span> passed</li>
<li><span class="key v-failed">✗</span> failed: the app</li>
<li><span class="key v-broken">!</span> broken: the harness did not reach the state</li>
<li><span class="key v-skipped">–</span> skipped: cannot run here</li>
<li><b>N</b> native (the browser's own mechanism) · <b>E</b> emulated (the page-boundary rejection the browser gives; striped) · <b>U</b> unavailable</li>
<li><b>K</b> known issue: fails as a committed entry expects (its ticket on hover)</li>
<li><b>Δ</b> verdict or fidelity changed since the cell last ran · <b>+</b> first run of the cell · <b>·</b> not run</li>
</ul>
<p class="hint">Hover or focus (Tab) a cell for the exception the page received; Enter opens its result.</p>
</header>
<main>
${tables.join('\n')}
</main>
</body>
</html>
`;
}

const CSS = `
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.4rem;margin:0 0 .5rem}
.counts{font-weight:600}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.5rem 0}
.key{display:inline-block;min-width:1.4em;text-align:center;border-radius:3px;font-weight:700}
.hint{color:#59636e;font-size:.9em}
table{border-collapse:collapse;margin:1.2rem 0 1.8rem}
caption{text-align:left;font-weight:700;font-size:1.05rem;padding:.3rem 0}
th,td{border:1px solid #d1d9e0;padding:0}
thead th{padding:.3rem .4rem;font-size:.8rem;font-weight:600;background:#f6f8fa;white-space:nowrap}
tbody th{padding:.3rem .6rem;text-align:left;white-space:nowrap;background:#f6f8fa}
.via{color:#59636e;font-weight:400;font-size:.85em}
td{text-align:center;min-width:4.2rem;position:relative}
td.none{color:#8c959f}
.cell{display:block;padding:.35rem .4rem;color:inherit;text-decoration:none;font-weight:700;font-variant-numeric:tabular-nums}
.cell abbr{text-decoration:none;margin-left:.15em;font-size:.8em}
.cell:focus{outline:3px solid #0969da;outline-offset:-3px}
.v-passed{background:#dafbe1;color:#116329}
.v-failed{background:#ffebe9;color:#a40e26}
.v-broken{background:#fff1c2;color:#7d4e00}
.v-skipped{background:#eaeef2;color:#424a53}
td.f-emulated{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(0,0,0,.07) 6px 9px)}
.known{position:absolute;top:1px;left:3px;font-size:.75em;font-weight:700;color:#59636e}
.gate{font-weight:700}.g-passed{color:#116329}.g-failed{color:#a40e26}
.chg{position:absolute;top:1px;right:3px;font-size:.75em;font-weight:700;color:#8250df}
.tip{display:none;position:absolute;z-index:2;left:50%;top:100%;transform:translateX(-50%);width:max-content;max-width:28rem;text-align:left;
  background:#1f2328;color:#fff;font-weight:400;font-size:.85rem;padding:.45rem .6rem;border-radius:4px;white-space:normal}
.cell:hover .tip,.cell:focus .tip{display:block}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}thead th,tbody th{background:#161b22}th,td{border-color:#30363d}
  .v-passed{background:#12361f;color:#7ee2a0}.v-failed{background:#4a1217;color:#ffa198}.v-broken{background:#3d2e00;color:#f2cc60}.v-skipped{background:#21262d;color:#b7bdc8}}
`;
