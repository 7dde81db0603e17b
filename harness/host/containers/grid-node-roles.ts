// The Grid node roles the browser-nodes image can play, read from the data file beside its
// Dockerfile (browser paths are facts about the image, not about this code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IMAGE_DIR } from './browser-nodes-image.ts';

const Stereotype = z.record(z.string(), z.unknown());
const DriverRole = z.object({
  kind: z.literal('driver'),
  displayName: z.string(),
  stereotype: Stereotype,
  webdriverExecutable: z.string(),
  sharedMemoryBytes: z.number().int().positive(),
});
const RelayRole = z.object({
  kind: z.literal('relay'),
  displayName: z.string(),
  stereotype: Stereotype,
  sharedMemoryBytes: z.number().int().positive(),
});
export const GridNodeRole = z.discriminatedUnion('kind', [DriverRole, RelayRole]);
export type GridNodeRole = z.infer<typeof GridNodeRole>;

/** Engine name → the node role that serves it. */
const GridNodeRoles = z.record(z.string().regex(/^[a-z0-9-]+$/), GridNodeRole);
export type GridNodeRoles = z.infer<typeof GridNodeRoles>;

export function gridNodeRoles(): GridNodeRoles {
  const file = join(IMAGE_DIR, 'grid-nodes.json');
  const { $comment: _, ...roles } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return GridNodeRoles.parse(roles);
}
