// The JSON Schemas of the profile, the playbook, the recorded playbook (snapshot) and the known-issues file, generated from their zod schemas (the single
// source), so editors complete and check the files. Written by scripts/write-schemas.ts into
// schemas/; json-schemas.test.ts fails when the committed files drift from this output.
import { z } from 'zod';
import { KnownIssuesFile } from '../contract/known-issues.ts';
import { Playbook } from './playbook-schema.ts';
import { TargetProfile } from './profile-schema.ts';
import { SNAPSHOT_SCHEMA_FILE } from './snapshot-file.ts';
import { PlaybookSnapshot } from './snapshot-schema.ts';

/** The committed schema files, relative to the repository root. */
export const SCHEMA_FILES = {
  profile: 'schemas/profile.schema.json',
  playbook: 'schemas/playbook.schema.json',
  knownIssues: 'schemas/known-issues.schema.json',
  snapshot: SNAPSHOT_SCHEMA_FILE,
} as const;

function toJson(schema: z.ZodType, title: string): string {
  // `io: 'input'`: what a person writes, so fields with defaults are optional. Refinements (placeholder
  // checks, step refs that must exist) have no JSON Schema form; the loader still enforces them.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  return JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2) + '\n';
}

/** File path → content, as the generator writes them. */
export function jsonSchemas(): Record<string, string> {
  return {
    [SCHEMA_FILES.profile]: toJson(TargetProfile, 'permission-harness target profile'),
    [SCHEMA_FILES.playbook]: toJson(Playbook, 'permission-harness playbook'),
    [SCHEMA_FILES.knownIssues]: toJson(KnownIssuesFile, 'permission-harness known issues'),
    [SCHEMA_FILES.snapshot]: toJson(PlaybookSnapshot, 'permission-harness recorded playbook (snapshot)'),
  };
}
