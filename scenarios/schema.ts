// Schema of scenarios/matrix.json: which axis values exist, how a browser maps to an engine,
// which combinations are invalid (declared constraints, never scattered ifs) and the suites.
import { z } from 'zod';
import { ACTIONS, Action, actionRow, BROWSERS, Browser, MODES, Mode, OSES, Os, STATES, State } from './axes.ts';

/** An engine is named by its plug-in folder (harness/engines/<name>); the registry checks it exists. */
export const EngineName = z.string().regex(/^[a-z0-9-]+$/, 'an engine name (lowercase, dashes)');

/** A partial cell pattern: every listed axis must match one of its values. */
export const CellPattern = z
  .object(
    {
    browser: z.array(Browser).nonempty().optional().describe('Browsers the pattern matches (one of them).'),
    os: z.array(Os).nonempty().optional().describe('Operating systems the pattern matches (one of them).'),
    state: z.array(State).nonempty().optional().describe('Permission states the pattern matches (one of them).'),
    mode: z.array(Mode).nonempty().optional().describe('Recording modes the pattern matches (one of them).'),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? `expected an object of axis lists (browser, os, state, mode), e.g. {"state": ["denied"], "mode": ["audio-only"]}; {} matches every cell`
          : undefined,
    },
  )
  .strict();
export type CellPattern = z.infer<typeof CellPattern>;

export const EngineRule = z
  .object({ when: CellPattern, engine: EngineName, why: z.string().min(1) })
  .strict();

export const Constraint = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    when: CellPattern,
    /** Cells the constraint spares although `when` matches them (one state relaxes a rule, the rest keep it). */
    unless: CellPattern.optional(),
    why: z.string().min(1),
  })
  .strict();
export type Constraint = z.infer<typeof Constraint>;

/**
 * A recovery sequence: cells of the `from` state (those `when` matches) become two-phase cells whose
 * id's state segment is `<from>..<to>`: the app must first handle `from`, then, after the user's
 * `action`, reach `to` (the harness applies the action's real equivalent in the browser).
 */
export const Sequence = z
  .object({
    from: State.describe('The state the cell starts in (its first phase is that state\'s plain cell).'),
    action: Action.describe("What the user does (the playbook's first step applied): scenarios/axes.ts ACTIONS."),
    to: State.describe('The state after the action (the second phase must reach it).'),
    when: CellPattern.optional().describe('Which cells of the from state get the sequence; omitted = all of them.'),
    why: z.string().min(1),
  })
  .strict();
export type Sequence = z.infer<typeof Sequence>;

export const Suite = z
  .object({
    description: z.string(),
    /** Cell ids or globs (`*` in any position); omitted = every valid cell. */
    cells: z.array(z.string()).optional(),
  })
  .strict();

export const MatrixSpec = z
  .object({
    $comment: z.string().optional(),
    /** Narrows the axes of scenarios/axes.ts for a custom matrix; omitted = every value. */
    axes: z
      .object({
        browser: z.array(Browser).nonempty(),
        os: z.array(Os).nonempty(),
        state: z.array(State).nonempty(),
        mode: z.array(Mode).nonempty(),
      })
      .strict()
      .default({
        browser: [...BROWSERS],
        os: [...OSES],
        state: STATES.map((s) => s.id) as [State, ...State[]],
        mode: MODES.map((m) => m.id) as [Mode, ...Mode[]],
      }),
    /** First matching rule decides the engine; later rules are the fallbacks. */
    engines: z.array(EngineRule).nonempty(),
    constraints: z.array(Constraint),
    /** Recovery sequences (two-phase cells); omitted = none. */
    sequences: z.array(Sequence).default([]),
    suites: z.record(z.string().regex(/^[a-z0-9-]+$/), Suite),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    spec.constraints.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['constraints', i, 'id'], message: `duplicate constraint id "${c.id}"` });
      ids.add(c.id);
    });
    spec.sequences.forEach((q, i) => {
      // Only an action whose point is that the state lasts (a block refused again) may end where it began.
      const keeps = actionRow(q.action).keepsState;
      if (q.from === q.to && !keeps) ctx.addIssue({ code: 'custom', path: ['sequences', i, 'to'], message: `a sequence must change the state (from and to are both "${q.from}"); only ${ACTIONS.filter((a) => a.keepsState).map((a) => a.id).join(', ')} keep it` });
      // A change while recording needs a recording: only a granted first phase has live tracks to end.
      if (actionRow(q.action).app === 'notice' && q.from !== 'granted') ctx.addIssue({ code: 'custom', path: ['sequences', i, 'from'], message: `${q.action} happens while the app records: its "from" must be "granted", not "${q.from}"` });
      if (q.from !== q.to && keeps) ctx.addIssue({ code: 'custom', path: ['sequences', i, 'to'], message: `${q.action} keeps the state: its "to" must be "${q.from}", not "${q.to}"` });
      // One id per cell: two sequences between the same states must not both apply to one mode.
      spec.sequences.slice(0, i).forEach((p, j) => {
        if (p.from !== q.from || p.to !== q.to) return;
        const overlap = (a?: readonly string[], b?: readonly string[]) => !a || !b || a.some((v) => b.includes(v));
        if (['browser', 'os', 'state', 'mode'].every((axis) => overlap(p.when?.[axis as 'mode'], q.when?.[axis as 'mode']))) {
          ctx.addIssue({ code: 'custom', path: ['sequences', i, 'when'], message: `sequences ${j} and ${i} both make ${q.from}..${q.to} cells of the same cells: give them disjoint "when" lists` });
        }
      });
    });
    for (const name of ['smoke', 'release']) {
      if (!spec.suites[name]) ctx.addIssue({ code: 'custom', path: ['suites', name], message: `suite "${name}" is required` });
    }
  });
export type MatrixSpec = z.infer<typeof MatrixSpec>;
