// A playbook: which troubleshooting steps an app must show for a cell, in which order, and which must
// be absent. Written from the support articles, independently of the app's code.
import { z } from 'zod';
import { CellPattern } from '../../scenarios/schema.ts';
import { globToRegExp } from '../util/glob.ts';
import { SchemaRef } from './profile-schema.ts';

const StepRef = z
  .string()
  .regex(/^[a-z0-9.*-]+$/, 'a step id (lowercase, dots, dashes; `*` as a wildcard)')
  .describe('A step id of the catalogue, or a glob: `*` matches any run of characters, dots included (`*.camera` matches "browser-permissions.camera").');
const StepRefs = (what: string) => z.array(StepRef).default([]).describe(what);

export const PlaybookRule = z
  .object({
    why: z.string().min(1).describe('Why this rule exists (the article it comes from); quoted in every failure it causes.'),
    when: CellPattern.describe(
      'Which cells the rule applies to: an object of axis lists, e.g. {"state": ["denied"], "os": ["macos", "ios"]}; every listed axis must match one of its values, an axis left out matches any value, {} matches every cell.',
    ),
    first: StepRef.optional().describe('The step that must be shown first (the diagnosed cause\'s fix). Of several matching rules the last one that sets `first` wins, and it must be narrower than the others.'),
    include: StepRefs('Steps that must be shown (a glob: at least one step it matches). Every matching rule\'s list is checked.'),
    exclude: StepRefs('Steps (or globs like `*.camera`) that must not be shown. Every matching rule\'s list is checked.'),
    order: z
      .array(StepRef)
      .default([])
      .refine((o) => o.length !== 1, 'an order needs at least two steps (one step has no order; use include or first)')
      .describe('Steps that, of those shown, must appear in this relative order; steps not shown are skipped (use include to require them). At least two steps.'),
    last: StepRef.optional().describe('The step that must be shown last. Of several matching rules the last one that sets `last` wins, and it must be narrower than the others.'),
  })
  .strict()
  .describe('One rule: for the cells `when` matches, which steps must (not) be shown, first, last, and in which order.');
export type PlaybookRule = z.infer<typeof PlaybookRule>;

/** The rule fields that name steps (ids or `*` globs). */
export const STEP_FIELDS = ['first', 'last', 'include', 'exclude', 'order'] as const;

/** The step refs of one rule field, as a list. */
export function refsOf(rule: PlaybookRule, field: (typeof STEP_FIELDS)[number]): string[] {
  return ([] as string[]).concat(rule[field] ?? []);
}

/**
 * Whether a rule's step ref names a step id: the same semantics as the verdict's `stepMatches`
 * (`*` matches any run of characters, dots included; no `*` means the exact id).
 */
export function stepRefMatches(ref: string, id: string): boolean {
  return ref.includes('*') ? globToRegExp(ref).test(id) : ref === id;
}

export const Playbook = z
  .object({
    $schema: SchemaRef,
    steps: z
      .record(
        z.string().regex(/^[a-z0-9.-]+$/, 'a step id (lowercase, dots, dashes)'),
        z
          .object({
            text: z
              .string()
              .optional()
              .describe(
                'A regular expression, case-insensitive, that recognises this step by its text, for apps without step ids (profile outcome.stepIdAttribute unset); unanchored unless you add ^ or $. A shown text must match exactly one step\'s pattern.',
              ),
            description: z.string().optional().describe('What the step says, for people reading the playbook.'),
          })
          .strict(),
      )
      .default({})
      .describe('The catalogue of the app\'s troubleshooting steps, by id (lowercase, dots, dashes). Omitted: no steps (then rules can name none).'),
    rules: z
      .array(PlaybookRule)
      .default([])
      .describe('Which steps each cell must show. Every rule whose `when` matches a cell applies to it. Empty or omitted: only the error and its text are checked.'),
  })
  .strict()
  .describe('A permission-harness playbook: the app\'s troubleshooting steps and the rules that say which of them each cell must show.')
  .superRefine((book, ctx) => {
    const known = Object.keys(book.steps);
    book.rules.forEach((rule, i) => {
      for (const field of STEP_FIELDS) {
        for (const ref of refsOf(rule, field)) {
          if (ref.includes('*')) {
            if (!known.some((id) => stepRefMatches(ref, id))) {
              ctx.addIssue({ code: 'custom', path: ['rules', i, field], message: `glob "${ref}" matches no step (none in steps)` });
            }
          } else if (!known.includes(ref)) ctx.addIssue({ code: 'custom', path: ['rules', i, field], message: `unknown step "${ref}" (not in steps)` });
        }
      }
    });
    for (const [id, def] of Object.entries(book.steps)) {
      if (def.text) {
        try {
          new RegExp(def.text, 'i');
        } catch (e) {
          ctx.addIssue({ code: 'custom', path: ['steps', id, 'text'], message: `not a regular expression: ${(e as Error).message}` });
        }
      }
    }
  });
export type Playbook = z.infer<typeof Playbook>;

/** Catalogue steps that no rule names, directly or through a glob: a step the playbook never checks. */
export function unusedSteps(book: Playbook): string[] {
  const refs = book.rules.flatMap((rule) => STEP_FIELDS.flatMap((field) => refsOf(rule, field)));
  return Object.keys(book.steps).filter((id) => !refs.some((ref) => stepRefMatches(ref, id)));
}
