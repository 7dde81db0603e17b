// `drift [--against <file>] [--accept]`: the last run's observed record (reports/observed.json)
// against a baseline: --against, else the committed scenarios/observed-baseline.json, else the
// record of the runs before the last one. Exit 1 on a changed message until `--accept` writes the
// current answers into the baseline (--against's file, else scenarios/observed-baseline.json).
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { OBSERVED_BASELINE, REPORTS, ROOT } from '../host/project-paths.ts';
import { compareObserved, formatDrift, mergeObserved, readObservedRecord, writeObservedRecord } from '../report/drift.ts';
import { UsageError } from '../util/errors.ts';
import type { Flags } from './parse-args.ts';

export interface DriftPaths {
  observed: string;
  observedPrevious: string;
  baseline: string;
}

const DEFAULT_PATHS: DriftPaths = { observed: REPORTS.observed, observedPrevious: REPORTS.observedPrevious, baseline: OBSERVED_BASELINE };

const shown = (p: string) => (p.startsWith(ROOT) ? relative(ROOT, p) : p);

export function driftCommand(flags: Pick<Flags, 'against' | 'accept'>, paths: DriftPaths = DEFAULT_PATHS, log: (line: string) => void = console.log): number {
  const current = readObservedRecord(paths.observed);
  if (!current) throw new UsageError(`no run recorded yet (${shown(paths.observed)} is missing): run cells first, e.g. permission-harness run --suite smoke`);
  const against = flags.against ? resolve(flags.against) : undefined;
  if (against && !flags.accept && !existsSync(against)) throw new UsageError(`--against ${flags.against}: no such file`);
  const cells = Object.values(current.engines).reduce((n, e) => n + Object.keys(e.cells).length, 0);

  if (flags.accept) {
    const target = against ?? paths.baseline;
    writeObservedRecord(target, mergeObserved(readObservedRecord(target), current));
    log(`drift: accepted ${cells} cell(s) of ${Object.keys(current.engines).join(', ') || 'no engine'} into ${shown(target)}`);
    return 0;
  }

  const basePath = against ?? (existsSync(paths.baseline) ? paths.baseline : paths.observedPrevious);
  const baseline = readObservedRecord(basePath);
  if (!baseline) {
    log(`drift: nothing to compare with yet (no ${shown(paths.baseline)}, no earlier run); permission-harness drift --accept writes the baseline`);
    return 0;
  }
  const versions = Object.entries(current.engines).map(([e, r]) => `${e} ${r.browserVersions.join('/') || '?'}`).join(', ');
  log(`drift: ${shown(paths.observed)} (${cells} cell(s); ${versions}) against ${shown(basePath)}`);
  const changes = compareObserved(baseline, current);
  if (!changes.length) log('  no changes');
  for (const line of formatDrift(changes)) log(`  ${line}`);
  const failing = changes.filter((c) => c.fails).length;
  if (failing) {
    log(`${failing} changed message(s): find out why, then accept on purpose: permission-harness drift --accept${flags.against ? ` --against ${flags.against}` : ''}`);
    return 1;
  }
  return 0;
}
