// `npm run schemas`: writes schemas/*.schema.json from the zod schemas (run after changing them).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../harness/app-profile/json-schemas.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [file, content] of Object.entries(jsonSchemas())) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), content);
  console.log(`wrote ${file}`);
}
