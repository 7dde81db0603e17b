// One terminal line per finished cell, the same for every runner: verdict, id, fidelity, seconds,
// then the failure's own lines (they name the wrong or missing step).
const MARK: Record<string, string> = { passed: '✓', failed: '✗', broken: '!', skipped: '-' };

export function progressLine(args: { index?: number; total?: number; status: string; id: string; fidelity: string; seconds: number; detail?: string; runner?: string }): string {
  const n = args.index !== undefined && args.total ? `[${String(args.index).padStart(String(args.total).length)}/${args.total}] ` : '';
  const via = args.runner ? ` (${args.runner})` : '';
  let line = `${n}${MARK[args.status] ?? '?'} ${args.id.padEnd(44)} ${args.fidelity.padEnd(11)} ${args.seconds.toFixed(1)}s${via}`;
  if (args.status === 'skipped' && args.detail) line += `  skipped: ${args.detail}`;
  return line;
}

export function failureLines(failures: string[]): string {
  return failures.map((f) => `        - ${f}`).join('\n');
}
