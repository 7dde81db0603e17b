// The shareable result of a repro: one self-contained HTML file (opens from file://; screenshot
// embedded) plus the steps as plain text ready to paste into a reply, and the raw result as JSON.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellResult } from '../contract/cell-result.ts';
import { imageType } from '../util/image-type.ts';
import type { Pick } from './pick-cell.ts';
import type { Ticket } from './ticket.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function replyText(result: CellResult): string {
  const steps = result.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  return `The error "${result.errorText || result.observed}" means: ${result.cell.state.replaceAll('-', ' ')}.\nPlease try these steps, in this order:\n\n${steps}\n`;
}

export function writeBundle(dir: string, ticket: Ticket, pick: Pick, result: CellResult, screenshot?: string, allureResult?: unknown): string {
  mkdirSync(dir, { recursive: true });
  const reply = replyText(result);
  writeFileSync(join(dir, 'reply.txt'), reply);
  writeFileSync(join(dir, 'result.json'), JSON.stringify({ ticket: { ...ticket, ua: ticket.ua }, pick, result, allureResult }, null, 2));
  const image = screenshot && existsSync(screenshot) ? readFileSync(screenshot) : undefined;
  const img = image ? `<img alt="what the customer should have seen" src="data:${imageType(image).contentType};base64,${image.toString('base64')}">` : '<p>(no screenshot)</p>';
  const verdict = result.status === 'passed' ? 'the app shows the right steps for this setup' : `the app does NOT behave: ${result.failures.join('; ')}`;
  const html = `<!doctype html><meta charset="utf-8"><title>repro ${esc(result.id)}</title>
<style>body{font:15px system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em}img{max-width:100%;border:1px solid #ccc}
pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}.tag{display:inline-block;padding:.1em .5em;border-radius:.3em;background:#eee}
.passed{color:#186a2e}.failed,.broken{color:#a4161a}</style>
<h1>Reproduction of ${esc(ticket.reference ?? 'a customer ticket')}</h1>
<p>Cell <b>${esc(result.id)}</b> on ${esc(result.cell.engine)} via ${esc(result.runner)} (${esc(result.browserVersion)}) —
<span class="tag">${esc(result.fidelity)}</span>: ${esc(result.mechanism)}</p>
<p class="${esc(result.status)}">Verdict: ${esc(verdict)}</p>
<h2>Why this cell</h2><ul>${pick.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>
${pick.notes.length ? `<h2>Could not match / check by hand</h2><ul>${pick.notes.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}
<h2>What the page received</h2><p><code>${esc(result.observed)}</code> — the app showed <code>${esc(result.errorText)}</code></p>
<h2>What the customer should have seen</h2>${img}
<h2>Reply (paste into the ticket)</h2><pre>${esc(reply)}</pre>
<h2>Customer's report</h2><pre>${esc(JSON.stringify(ticket, null, 2))}</pre>`;
  const index = join(dir, 'index.html');
  writeFileSync(index, html);
  return index;
}
