// A playbook: which troubleshooting steps an app must show for a cell, in which order, and which must
// be absent. Written from the support articles, independently of the app's code.
import { z } from 'zod';
import { CellPattern } from '../../scenarios/schema.ts';
import { globToRegExp } from '../util/glob.ts';

const StepRef = z.string().regex(/^[a-z0-9.*-]+$/, 'a step id (lowercase, dots, dashes; `*` as a wildcard)');

export const PlaybookRule = z
  .object({
    /** Why this rule exists, quoted in failures ("audio-only mode must not show camera steps"). */
    why: z.string().min(1),
    when: CellPattern,
    /** The step shown first (the diagnosed cause's fix). */
    first: StepRef.optional(),
    /** Steps that must be shown. */
    include: z.array(StepRef).default([]),
    /** Steps (or globs like `*.camera`) that must not be shown. */
    exclude: z.array(StepRef).default([]),
    /** Steps that, when shown, must appear in this relative order. */
    order: z.array(StepRef).default([]),
    /** The last step shown. */
    last: StepRef.optional(),
  })
  .strict();
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
    /** Catalogue of the app's steps; `text` (a case-insensitive regular expression) recognises a step in apps without ids. */
    steps: z.record(z.string(), z.object({ text: z.string().optional(), description: z.string().optional() }).strict()),
    rules: z.array(PlaybookRule).min(1),
  })
  .strict()
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
