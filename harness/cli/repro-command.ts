// `repro`: a support ticket (UA, error text, mode) → the cell that reproduces it → run → a bundle.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS } from '../host/project-paths.ts';
import { cellScreenshotPath, readCellResults } from '../report/cell-results.ts';
import { pickCell } from '../repro/pick-cell.ts';
import { Ticket } from '../repro/ticket.ts';
import { writeBundle } from '../repro/write-bundle.ts';
import { UsageError } from '../util/errors.ts';
import { formatZodError } from '../util/format-zod-error.ts';
import type { Flags } from './parse-args.ts';
import { runCommand } from './run-command.ts';

function readTicket(flags: Flags): Ticket {
  let raw: unknown = { ua: flags.ua, error: flags.error, mode: flags.mode, ...(flags.browser ? { browser: flags.browser } : {}) };
  if (flags.ticket) {
    try {
      raw = { ...JSON.parse(readFileSync(flags.ticket, 'utf8')), ...(flags.browser ? { browser: flags.browser } : {}) };
    } catch (e) {
      throw new UsageError(`cannot read ticket ${flags.ticket}: ${(e as Error).message}`);
    }
  }
  const r = Ticket.safeParse(raw);
  if (!r.success) throw new UsageError(`invalid ticket (use --ticket file.json or --ua, --error and --mode):\n${formatZodError(r.error)}`);
  return r.data;
}

export async function reproCommand(flags: Flags): Promise<number> {
  const ticket = readTicket(flags);
  const pick = pickCell(ticket);
  console.log(`repro: cell ${pick.cellId}`);
  for (const r of pick.reasons) console.log(`  because ${r}`);
  for (const n of pick.notes) console.log(`  note: ${n}`);
  if (flags['dry-run']) return 0;

  const { browser: _b, mode: _m, ...runFlags } = flags;
  const code = await runCommand([pick.cellId], { ...runFlags });
  const result = readCellResults(REPORTS.cellResults).find((r) => r.id === pick.cellId);
  if (!result) {
    console.log('repro: the cell left no result; see the output above');
    return code || 1;
  }
  const allure = readdirSync(REPORTS.allureResults, { withFileTypes: true })
    .filter((f) => f.name.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(REPORTS.allureResults, f.name), 'utf8')) as { labels?: Array<{ name: string; value: string }> })
    .find((r) => r.labels?.some((l) => l.name === 'state' && l.value === result.cell.state));
  const dir = flags.out ?? join(REPORTS.repro, `${new Date().toISOString().replace(/[:.]/g, '-')}-${pick.cellId.replaceAll('/', '_')}`);
  const index = writeBundle(dir, ticket, pick, result, cellScreenshotPath(REPORTS.cellResults, result.runner, result.id), allure);
  console.log(`repro bundle: file://${index}`);
  console.log(`reply text:   ${join(dir, 'reply.txt')}`);
  return code;
}
