// `init <url | page.html>`: a first profile for an app the harness has never seen. It opens the page in
// a real browser (a Playwright engine that can grant and refuse capture natively here), finds the
// controls whose words name a recording mode and the one that starts, then starts once granted and
// once refused and looks at what appeared: the success element, the error (and whether it quotes the
// exception), the steps under it. It writes the draft profile and an empty playbook (error text only),
// and says what it could not map. The reasoning is harness/app-profile/draft-profile.ts (pure).
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { findStart, mapModes, mapOutcome } from '../app-profile/draft-profile.ts';
import { runActions } from '../app-profile/interpret.ts';
import { loadTarget } from '../app-profile/load-profile.ts';
import type { Action } from '../app-profile/profile-schema.ts';
import type { CellPlan } from '../contract/cell-plan.ts';
import { RunOptions } from '../contract/run-options.ts';
import type { AppPage } from '../contract/session.ts';
import { PlanDriver } from '../drive/drive-plan.ts';
import { apiOf } from '../engines/capture-kind.ts';
import { ROOT } from '../host/project-paths.ts';
import { loadMatrix } from '../matrix/load-matrix.ts';
import { selectCells } from '../matrix/select.ts';
import { planCells } from '../plan/plan-cells.ts';
import { CONTROLS_EXPRESSION, SCREEN_EXPRESSION, type PageControls, type ScreenElement } from '../probe/discover-controls.ts';
import { observe, READ_PROBE_EXPRESSION, settled, type ProbeLog } from '../probe/probe-log.ts';
import { EnvironmentError, UsageError } from '../util/errors.ts';
import { MODES, type Mode } from '../../scenarios/axes.ts';
import type { Flags } from './parse-args.ts';
import { isPlainPlan } from '../plan/plain-plan.ts';

const ACTION_MS = 5000;

/** `init`'s argument: an http(s) URL, or a local .html file (served from its folder). */
function pageOf(arg: string): { url: string; serveDir?: string } {
  if (/^https?:\/\/\S+$/.test(arg)) return { url: arg };
  const file = resolve(arg);
  if (!existsSync(file) || !statSync(file).isFile() || !/\.html?$/.test(file)) {
    throw new UsageError(`init expects an http:// or https:// URL or a local .html file, got "${arg}"`);
  }
  return { url: `/${basename(file)}`, serveDir: dirname(file) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function screen(page: AppPage): Promise<ScreenElement[]> {
  return (await page.evaluate(SCREEN_EXPRESSION)) as ScreenElement[];
}

/** Waits until the page's capture call settled (or 4 s), then a moment for the app to render it. */
async function afterStart(page: AppPage): Promise<ProbeLog | null> {
  let log: ProbeLog | null = null;
  for (const deadline = Date.now() + 4000; Date.now() < deadline; await sleep(50)) {
    log = (await page.evaluate(READ_PROBE_EXPRESSION)) as ProbeLog | null;
    if (settled(log, 'getUserMedia')) break;
  }
  await sleep(300);
  return log;
}

/** A cell in which camera and microphone capture succeeds, and one of the same browser and mode that the user refused, both native and plain. */
function explorationCells(plans: CellPlan[]): { granted: CellPlan; refused: CellPlan } | undefined {
  const plain = (p: CellPlan) => isPlainPlan(p) && p.runner === 'playwright' && p.condition.fidelity === 'native' && apiOf(p.cell.mode) === 'getUserMedia';
  // Camera and microphone granted: enough for whichever capture mode the page turns out to have.
  for (const granted of plans.filter((p) => plain(p) && p.cell.mode === 'audio-video' && p.condition.expected.kind === 'success')) {
    const refused = plans.find(
      (p) => plain(p) && p.cell.browser === granted.cell.browser && p.cell.os === granted.cell.os && p.cell.mode === granted.cell.mode && p.condition.expected.kind === 'exception' && p.condition.expected.name === 'NotAllowedError',
    );
    if (refused) return { granted, refused };
  }
  return undefined;
}

export async function initCommand(positionals: string[], flags: Flags): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('init expects one URL or page, e.g. init http://localhost:3000/record or init app/index.html');
  const where = positionals[0]!;
  const out = resolve(flags.out ?? 'profile.json');
  if (!out.endsWith('.json')) throw new UsageError(`init --out expects a .json file, got "${flags.out}"`);
  if (existsSync(out)) throw new UsageError(`init: ${out} exists; name another file with --out`);
  const page = pageOf(where);

  // A provisional profile (every mode, no actions) so the harness can plan and open cells on the page.
  const work = mkdtempSync(join(tmpdir(), 'ph-init-'));
  try {
    writeFileSync(join(work, 'playbook.json'), JSON.stringify({ steps: {}, rules: [] }));
    writeFileSync(
      join(work, 'profile.json'),
      JSON.stringify({
        name: 'init',
        ...(page.serveDir ? { serve: page.serveDir } : {}),
        url: page.url,
        modes: Object.fromEntries(MODES.map((m) => [m.id, []])),
        start: [{ click: 'body' }],
        outcome: { success: 'body', error: 'body', steps: 'li' },
        playbook: 'playbook.json',
      }),
    );
    const target = loadTarget(join(work, 'profile.json'));
    const cells = explorationCells(planCells(selectCells(loadMatrix(), { suite: 'release' }), target));
    if (!cells) throw new EnvironmentError('init needs a browser that grants and refuses capture natively through Playwright here, and none is available (permission-harness doctor says what to install)');
    const options = RunOptions.parse({ cellResultsDir: join(work, 'cells'), allureResultsDir: join(work, 'allure') });
    const driver = new PlanDriver({ targetProfile: join(work, 'profile.json'), query: {}, options, plans: [cells.granted, cells.refused] }, 'playwright', { target });
    try {
      const draft = await explore(driver, cells);
      return writeDraft(draft, { out, page, where, cells });
    } finally {
      await driver.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Exploration {
  controls: PageControls;
  modes: Partial<Record<Mode, Action[]>>;
  modeSources: Partial<Record<Mode, string>>;
  start?: PageControls['buttons'][number];
  outcome: ReturnType<typeof mapOutcome>;
  requested?: { audio: boolean; video: boolean };
}

async function explore(driver: PlanDriver, cells: { granted: CellPlan; refused: CellPlan }): Promise<Exploration> {
  const g = await driver.openSession(cells.granted);
  await g.session.page.goto(g.url);
  const controls = (await g.session.page.evaluate(CONTROLS_EXPRESSION)) as PageControls;
  const { modes, from } = mapModes(controls);
  const start = findStart(controls);
  // The mode to start in: one that asks for the camera and microphone, as the exploration cells do.
  const mode = (['audio-video', 'audio-show-video', 'audio-only'] as const).find((m) => modes[m]);
  const pick = mode ? modes[mode]! : [];
  const run = async (s: typeof g) => {
    await runActions(s.session.page, pick, 'mode', ACTION_MS).catch(() => {});
    const before = await screen(s.session.page);
    if (start) await s.session.page.click(start.selector, ACTION_MS).catch(() => {});
    const log = await afterStart(s.session.page);
    return { before, after: await screen(s.session.page), log };
  };
  const granted = await run(g);
  await g.session.close();
  const r = await driver.openSession(cells.refused);
  await r.session.page.goto(r.url);
  const refused = await run(r);
  await r.session.close();

  const gObs = observe(granted.log, 'getUserMedia');
  const rObs = observe(refused.log, 'getUserMedia');
  // No mode control: the one mode the page has is what it asked for.
  if (!Object.keys(modes).length && gObs.kind !== 'no-call' && 'request' in gObs) {
    const only: Mode = gObs.request.video ? 'audio-video' : 'audio-only';
    modes[only] = [];
    from[only] = `the page's own request (${gObs.request.video ? 'camera and microphone' : 'microphone'}; it has no mode control)`;
  }
  return {
    controls,
    modes,
    modeSources: from,
    ...(start ? { start } : {}),
    ...('request' in gObs ? { requested: { audio: gObs.request.audio, video: gObs.request.video } } : {}),
    outcome: mapOutcome({
      beforeGranted: granted.before,
      afterGranted: granted.after,
      beforeRefused: refused.before,
      afterRefused: refused.after,
      ...(rObs.kind === 'exception' ? { exception: { name: rObs.name, message: rObs.message } } : {}),
    }),
  };
}

function writeDraft(d: Exploration, ctx: { out: string; page: { url: string; serveDir?: string }; where: string; cells: { granted: CellPlan; refused: CellPlan } }): number {
  const dir = dirname(ctx.out);
  const missing: string[] = [...d.outcome.notes];
  for (const m of MODES) if (!d.modes[m.id]) missing.push(`mode ${m.id} (${m.label}): no control on the page names it`);
  if (!d.start) missing.push('start: no button whose words say start, record, join or share; set start by hand');
  const placeholder = (what: string) => `#${what}-not-found-by-init`;
  const profile = {
    $schema: relative(dir, join(ROOT, 'schemas', 'profile.schema.json')),
    name: d.controls.title || ctx.where,
    description: `Drafted by permission-harness init from ${ctx.where}: check it, then run it (an empty playbook checks the error and its text only).`,
    ...(ctx.page.serveDir ? { serve: relative(dir, ctx.page.serveDir) || '.' } : {}),
    url: ctx.page.url,
    modes: d.modes,
    start: [d.start ? { click: d.start.selector, name: `click ${d.start.text}` } : { click: placeholder('start') }],
    outcome: {
      success: d.outcome.outcome.success ?? placeholder('success'),
      error: d.outcome.outcome.error ?? placeholder('error'),
      ...(d.outcome.outcome.errorText ? { errorText: d.outcome.outcome.errorText } : {}),
      steps: d.outcome.outcome.steps ?? placeholder('steps'),
      ...(d.outcome.outcome.stepIdAttribute ? { stepIdAttribute: d.outcome.outcome.stepIdAttribute } : {}),
    },
    playbook: 'playbook.json',
    // `record` writes what the app shows per cell here; later runs compare (a recording proves stability, not correctness).
    snapshot: 'playbook.snapshot.json',
  };
  writeFileSync(ctx.out, `${JSON.stringify(profile, null, 2)}\n`);
  const playbookPath = join(dir, 'playbook.json');
  const wrotePlaybook = !existsSync(playbookPath);
  if (wrotePlaybook) writeFileSync(playbookPath, `${JSON.stringify({ $schema: relative(dir, join(ROOT, 'schemas', 'playbook.schema.json')), steps: {}, rules: [] }, null, 2)}\n`);

  const o = d.outcome.outcome;
  const lines = [
    `init: wrote ${relative(process.cwd(), ctx.out) || ctx.out}${wrotePlaybook ? ` and ${relative(process.cwd(), playbookPath)} (empty: the error and its text are checked, no steps)` : ' (kept the existing playbook.json)'}`,
    `  explored on ${ctx.cells.granted.cell.browser}/${ctx.cells.granted.cell.os} (${ctx.cells.granted.cell.engine}), once granted and once refused`,
    ...Object.entries(d.modeSources).map(([m, src]) => `  mode ${m}: ${src}`),
    `  start: ${d.start ? `${d.start.selector} ("${d.start.text}")` : 'not found'}`,
    `  success: ${o.success ?? 'not found'}`,
    `  error: ${o.error ?? 'not found'}${o.errorText ? `, errorText "${o.errorText}"` : ''}`,
    `  steps: ${o.steps ?? 'not found'}${o.stepIdAttribute ? ` (ids in ${o.stepIdAttribute})` : ''}`,
  ];
  if (missing.length) lines.push('could not map:', ...missing.map((m) => `  ${m}`));
  const shown = relative(process.cwd(), ctx.out) || ctx.out;
  lines.push(`next: permission-harness record --suite smoke --target ${shown}   (records what the app shows now), then run --suite smoke --target ${shown}`);
  console.log(lines.join('\n'));
  return 0;
}
