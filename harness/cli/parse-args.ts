// Conventional flags for every command; unknown flags and bad values are UsageErrors (exit 2).
import { parseArgs } from 'node:util';
import { UsageError } from '../util/errors.ts';

export const OPTIONS = {
  suite: { type: 'string' },
  browser: { type: 'string' },
  os: { type: 'string' },
  state: { type: 'string' },
  mode: { type: 'string' },
  engine: { type: 'string' },
  runner: { type: 'string' },
  target: { type: 'string' },
  matrix: { type: 'string' },
  url: { type: 'string' },
  query: { type: 'string', multiple: true },
  workers: { type: 'string' },
  variants: { type: 'string' },
  'repeat-each': { type: 'string' },
  retries: { type: 'string' },
  headed: { type: 'boolean' },
  trace: { type: 'boolean' },
  video: { type: 'boolean' },
  slowmo: { type: 'string' },
  'no-report': { type: 'boolean' },
  'wait-for-report': { type: 'boolean' },
  'known-issues': { type: 'string' },
  shard: { type: 'string' },
  'shard-timings': { type: 'string' },
  output: { type: 'string' },
  'browsers-from': { type: 'string' },
  nodes: { type: 'string' },
  json: { type: 'boolean' },
  ua: { type: 'string' },
  error: { type: 'string' },
  ticket: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
  against: { type: 'string' },
  accept: { type: 'boolean' },
  update: { type: 'boolean' },
  grid: { type: 'string' },
  capabilities: { type: 'string' },
  'browser-server': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Flags = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export function parseCommandLine(argv: string[]): { command: string; positionals: string[]; flags: Flags } {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    throw new UsageError(String((e as Error).message).split('\n')[0]!.replace(/^TypeError.*?: /, ''));
  }
  const [command = 'help', ...positionals] = parsed.positionals;
  return { command, positionals, flags: parsed.values };
}

export function csv(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** `--variants key=a,b,c`: the app query key and its values, one run of each cell per value. */
export function parseVariants(value: string | undefined): { key: string; values: string[] } | undefined {
  if (value === undefined) return undefined;
  const m = /^([^=,\s]+)=(.+)$/.exec(value);
  const values = csv(m?.[2]) ?? [];
  if (!m || !values.length) throw new UsageError(`--variants expects key=value1,value2,…, got "${value}"`);
  return { key: m[1]!, values };
}

export function parseQuery(values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const i = v.indexOf('=');
    if (i < 1) throw new UsageError(`--query expects key=value, got "${v}"`);
    out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}
