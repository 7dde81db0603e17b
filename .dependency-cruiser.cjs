// Layering of the folders directly under harness/, checked by dependency-cruiser.
// Run it with `node scripts/check-layers.mjs` (the depcruise CLI refuses Node 20; the API does not).
//
// One source: LAYERS below, top to bottom. A module may import from its own folder and from
// folders strictly lower in the list; two folders on the same line may not import each other.
// scenarios/ (repo root) sits below every harness layer. The layer-* rules (one per line of
// LAYERS) and harness-folder-has-layer are generated from it; the engine, runner, cycle and
// unresolvable rules are written out below. Every rule's comment is what a violation prints,
// so it says why. Type-only imports are edges too (tsPreCompilationDeps: true).
'use strict';

/** @type {string[][]} top to bottom; folders on one line are peers that may not import each other */
const LAYERS = [
  ['cli', 'entry'],
  ['drive', 'repro'],
  ['plan'],
  ['runners'],
  ['report'],
  ['engines'],
  ['verdict'],
  ['app-profile'],
  ['probe'],
  ['matrix'],
  ['host'],
  ['server'],
  ['contract'],
  ['util'],
];

/** Top-level config files: they wire everything together and may import anything. */
const CONFIG_FILES = ['playwright.config.ts', 'wdio.conf.ts', 'allurerc.mjs'];

/** Shared code inside harness/engines/ that is not an engine (engines may use it). */
const NOT_AN_ENGINE = 'emulated';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(${names.map(esc).join('|')})`;
const CONFIG_FILES_RE = `^${anyOf(CONFIG_FILES)}$`;
const LAYERED = LAYERS.flat();

const layerRules = LAYERS.flatMap((line, i) => {
  const above = LAYERS.slice(0, i).flat();
  const forbiddenTargets = [...above, ...line];
  // The first line with one folder has nothing above or beside it: no rule needed.
  if (forbiddenTargets.length === line.length && line.length === 1) return [];
  const below = LAYERS.slice(i + 1).flat();
  const folders = line.map((f) => `harness/${f}/`).join(' and ');
  const may = below.length
    ? `its own folder, the layers below (${below.join(', ')}) and scenarios/`
    : 'only its own folder and scenarios/';
  const never = [
    above.length ? `a layer above (${above.join(', ')})` : '',
    line.length > 1 ? `a peer on the same line (${line.join(' and ')} may not import each other)` : '',
  ].filter(Boolean);
  return [
    {
      name: `layer-${line.join('+')}`,
      severity: 'error',
      comment:
        `${folders} ${line.length > 1 ? 'are' : 'is'} layer ${i + 1} of ${LAYERS.length}: a module there may import ` +
        `${may}, never ${never.join(' or ')}. Move the shared code down a layer, or pass it in from above.`,
      from: { path: `^harness/${anyOf(line)}/` },
      // $1 is the from-folder: importing your own folder is fine.
      to: { path: `^harness/${anyOf(forbiddenTargets)}/`, pathNot: '^harness/$1/' },
    },
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'scenarios-below-harness',
      severity: 'error',
      comment:
        'scenarios/ (matrix data and zod schemas) is below every harness layer: it may import nothing from harness/. ' +
        'Move what it needs into scenarios/ or keep the harness-specific part in harness/.',
      from: { path: '^scenarios/' },
      to: { path: '^harness/' },
    },
    {
      name: 'engine-not-to-other-engine',
      severity: 'error',
      comment:
        'An engine folder (harness/engines/<name>/) never imports another engine folder: engines are independent ' +
        `plug-ins. Shared code goes directly in harness/engines/ or in harness/engines/${NOT_AN_ENGINE}/.`,
      from: { path: '^harness/engines/([^/]+)/', pathNot: `^harness/engines/${esc(NOT_AN_ENGINE)}/` },
      to: { path: '^harness/engines/[^/]+/', pathNot: `^harness/engines/($1|${esc(NOT_AN_ENGINE)})/` },
    },
    {
      name: 'engine-folders-only-via-registry',
      severity: 'error',
      comment:
        'Only harness/engines/registry.ts imports the engine folders (harness/engines/<name>/). Everything else ' +
        'imports the registry or the shared files directly in harness/engines/, so adding an engine touches one file.',
      from: {
        pathNot: ['^harness/engines/registry\\.ts$', '^harness/engines/[^/]+/', CONFIG_FILES_RE],
      },
      to: { path: '^harness/engines/[^/]+/', pathNot: `^harness/engines/${esc(NOT_AN_ENGINE)}/` },
    },
    {
      name: 'emulated-stays-in-engines',
      severity: 'error',
      comment:
        `harness/engines/${NOT_AN_ENGINE}/ is shared code of the engines: only files under harness/engines/ import it. ` +
        'Outside code reaches it through the registry or the shared files directly in harness/engines/.',
      from: { pathNot: ['^harness/engines/', CONFIG_FILES_RE] },
      to: { path: `^harness/engines/${esc(NOT_AN_ENGINE)}/` },
    },
    {
      name: 'runner-not-to-other-runner',
      severity: 'error',
      comment:
        'A runner folder (harness/runners/<name>/) never imports another runner folder: runners are independent. ' +
        'Shared code goes directly in harness/runners/.',
      from: { path: '^harness/runners/([^/]+)/' },
      to: { path: '^harness/runners/[^/]+/', pathNot: '^harness/runners/$1/' },
    },
    {
      name: 'runner-folders-only-via-registry',
      severity: 'error',
      comment:
        'Only harness/runners/registry.ts imports the runner folders (harness/runners/<name>/). Everything else ' +
        'imports the registry or the shared files directly in harness/runners/.',
      from: {
        pathNot: ['^harness/runners/registry\\.ts$', '^harness/runners/[^/]+/', CONFIG_FILES_RE],
      },
      to: { path: '^harness/runners/[^/]+/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules may not depend on each other in a cycle (type-only imports count too): a cycle makes load order ' +
        'fragile and the layers meaningless. Break it by moving the shared part into a lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'dependency-cruiser cannot resolve this import, so no layering rule can check where it goes. ' +
        'Fix the path (the project imports with explicit .ts specifiers).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  required: [
    {
      // A `required` rule is checked for every module, including ones without any import,
      // so a new folder cannot escape it. Its `to.path` matches nothing on purpose.
      name: 'harness-folder-has-layer',
      severity: 'error',
      comment:
        `Every module under harness/ lives in a folder that has a layer (${LAYERED.join(', ')}). ` +
        'A new folder, or a file directly in harness/, must first be given a place in LAYERS in .dependency-cruiser.cjs.',
      module: { path: '^harness/', pathNot: `^harness/${anyOf(LAYERED)}/` },
      to: { path: '^$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Synthetic trees for the tests of scripts/check-layers.mjs; never part of the real graph.
    exclude: { path: '^scripts/layering-fixtures/' },
    // Keep type-only imports (`import type`, `import { type X }`) in the graph: they are layering too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
