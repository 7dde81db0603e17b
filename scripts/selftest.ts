// `npm run selftest`: the harness must be able to fail. Runs the cells of every defect variant of both
// bundled apps (one run per app, variants as run keys `<id>?defect=<name>`) and prints, per variant,
// caught or missed and which cells failed how; then the kill rate. Below 100%, or when a clean app
// does not pass the same cells, it exits 1. `npm run selftest -- <app|variant> …` narrows it.
import { APPS, DEFECT_VARIANTS, type AppName } from '../tests/selftest/defect-variants.ts';
import { runApp, type VariantOutcome } from '../tests/selftest/selftest.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const apps = (Object.keys(APPS) as AppName[]).filter((a) => !only.length || only.includes(a) || !only.some((o) => o in APPS));
const variantFilter = only.some((o) => DEFECT_VARIANTS.some((v) => v.defect === o)) ? (d: string) => only.includes(d) : undefined;

const t0 = Date.now();
let cleanOk = true;
const outcomes: VariantOutcome[] = [];
for (const app of apps) {
  const r = runApp(app, variantFilter);
  cleanOk &&= r.cleanPassed;
  const bad = r.clean.filter((c) => c.status !== 'passed');
  console.log(`\n${app}: ${r.variants.length} variants, ${r.variants.reduce((n, v) => n + v.cells.length, 0) + r.clean.length} cell runs in ${r.seconds.toFixed(0)} s; the clean app ${r.cleanPassed ? 'passes' : 'FAILS'} the ${r.clean.length} cells its variants break${bad.length ? `: ${bad.map((c) => `${c.id} ${c.status} (${c.failures[0] ?? ''})`).join('; ')}` : ''}`);
  for (const o of r.variants) {
    outcomes.push(o);
    console.log(`${o.caught ? 'caught' : 'MISSED'}  ${app} ?defect=${o.defect}  (proves: ${o.proves})`);
    for (const c of o.cells) {
      const line = c.matched ?? (c.failures.length ? `unexpected: ${c.failures.join(' | ')}` : 'no failure');
      console.log(`    ${c.matched ? '✓' : '✗'} ${c.id} ${c.status}: ${line}`);
    }
  }
}
const caught = outcomes.filter((o) => o.caught).length;
const rate = outcomes.length ? Math.floor((caught / outcomes.length) * 100) : 0;
const proven = new Set(outcomes.filter((o) => o.caught).map((o) => o.proves));
console.log(`\nassertions proven able to fail: ${proven.size}/${new Set(DEFECT_VARIANTS.map((v) => v.proves)).size}`);
console.log(`kill rate: ${rate}% (${caught}/${outcomes.length}) in ${Math.round((Date.now() - t0) / 1000)} s${cleanOk ? '' : ' — but a clean app failed its cells'}`);
process.exit(rate === 100 && cleanOk ? 0 : 1);
