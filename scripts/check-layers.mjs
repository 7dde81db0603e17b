#!/usr/bin/env node
// Checks the layering of harness/ (and that scenarios/ imports nothing from it) with the rules in
// .dependency-cruiser.cjs, through dependency-cruiser's API.
//
//   node scripts/check-layers.mjs            # the repo
//   node scripts/check-layers.mjs <dir>      # another tree laid out like the repo (the fixtures)
//
// Prints one line per violation, `from → to: rule (comment)` (a module-level violation, which has
// no edge, prints `module: rule (comment)`; a cycle adds the cycle), then
// `layering: N modules, M dependencies, K violations`. Exit code: 0 clean, 1 violations, 2 could not run.
//
// Why the API and not node_modules/.bin/depcruise: dependency-cruiser 18 declares node ^22||^24||>=26 and
// its CLI refuses to start on Node 20 (this project's engine). The API has no such check and runs on Node 20.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');
const INPUTS = ['harness', 'scenarios', 'playwright.config.ts', 'wdio.conf.ts', 'allurerc.mjs'];

async function main() {
  const target = resolve(process.argv[2] ?? REPO_ROOT);
  if (!existsSync(join(target, 'harness'))) {
    throw new Error(`no harness/ folder in ${target}`);
  }
  const inputs = INPUTS.filter((p) => existsSync(join(target, p)));

  const [{ cruise }, { default: extractDepcruiseOptions }, { default: extractTSConfig }] = await Promise.all([
    import('dependency-cruiser'),
    import('dependency-cruiser/config-utl/extract-depcruise-options'),
    import('dependency-cruiser/config-utl/extract-ts-config'),
  ]);

  // Module paths in rules are relative to the directory the cruise starts from.
  process.chdir(target);

  const options = await extractDepcruiseOptions(CONFIG);
  // tsconfig.json of the target if it has one, else the repo's (the fixtures have none).
  const tsConfigName = options.tsConfig?.fileName ?? 'tsconfig.json';
  const tsConfigFile = [join(target, tsConfigName), join(REPO_ROOT, tsConfigName)].find((f) => existsSync(f));
  if (tsConfigFile) options.tsConfig = { fileName: tsConfigFile };
  else delete options.tsConfig;
  options.outputType = 'json';

  const result = await cruise(inputs, options, {}, { tsConfig: tsConfigFile ? extractTSConfig(tsConfigFile) : {} });
  const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
  const { summary } = output;

  const comments = new Map();
  for (const rule of [...(options.ruleSet.forbidden ?? []), ...(options.ruleSet.required ?? []), ...(options.ruleSet.allowed ?? [])]) {
    if (rule.name) comments.set(rule.name, rule.comment ?? '');
  }

  const lines = summary.violations.map((v) => {
    const why = `${v.rule.name} (${comments.get(v.rule.name) ?? v.rule.severity})`;
    if (v.type === 'module' || v.from === v.to) return `${v.from}: ${why}`;
    const cycle = v.cycle?.length ? ` [cycle: ${[v.from, ...v.cycle.map((c) => c.name ?? c)].join(' → ')}]` : '';
    return `${v.from} → ${v.to}: ${why}${cycle}`;
  });
  for (const line of lines) console.log(line);
  console.log(
    `layering: ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} dependencies, ${summary.violations.length} violations`,
  );
  return summary.violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`check-layers: ${error?.message ?? error}`);
    process.exitCode = 2;
  },
);
