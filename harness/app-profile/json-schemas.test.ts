// The committed JSON Schemas are what the zod source generates; every field has a description for
// editors; every profile and playbook in the repository names its schema by a relative `$schema`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { jsonSchemas, SCHEMA_FILES } from './json-schemas.ts';
import { loadTarget } from './load-profile.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

test('the committed JSON Schemas match the zod schemas (else run `npm run schemas`)', () => {
  for (const [file, content] of Object.entries(jsonSchemas())) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run schemas\``);
    assert.ok(read(file) === content, `${file} differs from what the zod schemas generate: run \`npm run schemas\` and commit the result`);
  }
});

test('every property of both JSON Schemas carries a description', () => {
  for (const file of Object.values(SCHEMA_FILES)) {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [k, v] of Object.entries(props ?? {})) if (!v.description) missing.push(`${path}.${k}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
    };
    walk(JSON.parse(read(file)), '');
    assert.deepEqual(missing, [], `${file}: properties without a description`);
  }
});

/** Every profile in the repository (bundled apps and test fixtures), with its playbook. */
const PROFILES = [
  'fixtures/recording-app/profile.json',
  'fixtures/meeting-app/profile.json',
  'tests/e2e/fixtures/unreachable-profile.json',
  'tests/e2e/fixtures/wrong-selector-profile.json',
];
/** Broken on purpose (an empty `start`): the editor flags it as the loader does. */
const BROKEN = 'tests/e2e/fixtures/broken-profile.json';

test(`${BROKEN} names its JSON Schema, which rejects it`, () => {
  const json = JSON.parse(read(BROKEN)) as { $schema?: string };
  assert.equal(json.$schema, relative(dirname(join(root, BROKEN)), join(root, SCHEMA_FILES.profile)));
  const r = z.fromJSONSchema(JSON.parse(read(SCHEMA_FILES.profile))).safeParse(json);
  assert.deepEqual(r.error?.issues.map((i) => i.path.join('.')), ['start']);
});

for (const profile of PROFILES) {
  test(`${profile} and its playbook name their JSON Schema and satisfy it`, () => {
    const raw = JSON.parse(read(profile)) as { playbook: string };
    const playbook = relative(root, resolve(root, dirname(profile), raw.playbook));
    for (const [file, kind] of [[profile, 'profile'], [playbook, 'playbook']] as const) {
      const json = JSON.parse(read(file)) as { $schema?: string };
      assert.equal(json.$schema, relative(dirname(join(root, file)), join(root, SCHEMA_FILES[kind])), `${file}: $schema`);
      const schema = z.fromJSONSchema(JSON.parse(read(SCHEMA_FILES[kind])));
      const r = schema.safeParse(json);
      assert.ok(r.success, `${file} does not satisfy ${SCHEMA_FILES[kind]}: ${r.error?.message}`);
    }
  });
}

test('a profile and a playbook with `$schema` still load', () => {
  const t = loadTarget(join(root, 'fixtures/meeting-app/profile.json'), {});
  assert.equal(t.profile.$schema, '../../schemas/profile.schema.json');
  assert.equal(t.playbook.$schema, '../../schemas/playbook.schema.json');
});

test('the JSON Schema leaves defaulted fields optional and refuses unknown ones', () => {
  const profile = z.fromJSONSchema(JSON.parse(read(SCHEMA_FILES.profile)));
  const minimal = { name: 'x', url: 'https://a.test/', modes: {}, start: [{ click: '#go' }], outcome: { success: '.ok', error: '.err', steps: 'li' }, playbook: 'p.json' };
  assert.ok(profile.safeParse(minimal).success);
  assert.ok(!profile.safeParse({ ...minimal, tiemouts: {} }).success);
  assert.ok(!profile.safeParse({ ...minimal, start: [{ clik: '#go' }] }).success);
});

test('the bundled app names its known-issues file, which names its JSON Schema and satisfies it', () => {
  const profile = 'fixtures/recording-app/profile.json';
  const raw = JSON.parse(read(profile)) as { knownIssues?: string };
  assert.ok(raw.knownIssues, `${profile}: knownIssues`);
  const file = relative(root, resolve(root, dirname(profile), raw.knownIssues));
  const json = JSON.parse(read(file)) as { $schema?: string };
  assert.equal(json.$schema, relative(dirname(join(root, file)), join(root, SCHEMA_FILES.knownIssues)));
  assert.equal(z.fromJSONSchema(JSON.parse(read(SCHEMA_FILES.knownIssues))).safeParse(json).success, true);
  assert.deepEqual(loadTarget(join(root, profile)).knownIssues?.issues, []);
});
