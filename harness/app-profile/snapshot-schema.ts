// A recorded playbook (a snapshot): what the app showed per cell when it was recorded, the error text
// and the steps in order, as the verdict reads them (innerText, whitespace collapsed). Written by
// `permission-harness record`, compared by the verdict after the written rules. A snapshot proves
// the app still shows what it showed then (stability), not that it was right (correctness).
import { z } from 'zod';
import { SchemaRef } from './profile-schema.ts';

export const SnapshotStep = z
  .object({
    text: z.string().describe('The step\'s text as shown (innerText, whitespace collapsed).'),
    id: z.string().optional().describe('The step\'s id from the app\'s own id attribute (profile outcome.stepIdAttribute), when it has one.'),
  })
  .strict()
  .describe('One step the app showed.');
export type SnapshotStep = z.infer<typeof SnapshotStep>;

export const SnapshotEntry = z
  .object({
    errorText: z.string().describe('The text of the app\'s error element, as shown.'),
    steps: z.array(SnapshotStep).describe('The steps shown (visible ones), in page order.'),
  })
  .strict()
  .describe('What the app showed for one cell.');
export type SnapshotEntry = z.infer<typeof SnapshotEntry>;

export const PlaybookSnapshot = z
  .object({
    $schema: SchemaRef,
    cells: z
      .record(z.string().regex(/^[a-z]+\/[a-z]+\/[a-z-]+(\.\.[a-z-]+)?\/[a-z-]+$/, 'a cell id <browser>/<os>/<state>[..<state>]/<mode>'), SnapshotEntry)
      .default({})
      .describe('Per cell id, what the app showed when it was recorded (`permission-harness record`; `--update` rewrites entries).'),
  })
  .strict()
  .describe('A permission-harness recorded playbook: what the app showed per cell, written by `permission-harness record`. Later runs fail on any difference.');
export type PlaybookSnapshot = z.infer<typeof PlaybookSnapshot>;
