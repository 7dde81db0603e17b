import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectReportsDir } from './default-reports-dir.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'ph-cwd-'));

test("the tool's own folder: its own reports/ (undefined)", () => {
  const root = dir();
  writeFileSync(join(root, 'package.json'), '{}');
  assert.equal(projectReportsDir(root, root), undefined);
  assert.equal(projectReportsDir(`${root}/`, root), undefined);
});

test('another project (a package.json): ./reports of that project', () => {
  const project = dir();
  writeFileSync(join(project, 'package.json'), '{}');
  assert.equal(projectReportsDir(project, dir()), join(project, 'reports'));
});

test('a folder that already has reports/: that one', () => {
  const project = dir();
  mkdirSync(join(project, 'reports'));
  assert.equal(projectReportsDir(project, dir()), join(project, 'reports'));
});

test('a folder that is no project (e.g. /tmp): the tool keeps its own reports/', () => {
  assert.equal(projectReportsDir(dir(), dir()), undefined);
});
