// The bundled recording app and its profile copied into a folder of their own, held to a recording
// only: an empty playbook (no written rules) and a snapshot beside the profile (record*.test.ts).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP = join(fileURLToPath(new URL('../../', import.meta.url)), 'fixtures/recording-app');

export function recordedAppCopy(prefix: string): { dir: string; profile: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['index.html', 'app.js', 'styles.css']) cpSync(join(APP, f), join(dir, f));
  const profile = JSON.parse(readFileSync(join(APP, 'profile.json'), 'utf8')) as Record<string, unknown>;
  // The copy has no schema beside it and no known issues: it is judged by its recording alone.
  delete profile.$schema;
  delete profile.knownIssues;
  writeFileSync(join(dir, 'empty.playbook.json'), '{}\n');
  writeFileSync(join(dir, 'profile.json'), JSON.stringify({ ...profile, playbook: 'empty.playbook.json', snapshot: 'playbook.snapshot.json' }, null, 2));
  return { dir, profile: join(dir, 'profile.json') };
}
