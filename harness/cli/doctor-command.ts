// `doctor`: which engines and runners work on this machine, their versions, and the exact command
// that installs what is missing. Everything it says about an engine comes from the engine plug-in.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutableSpec } from '../contract/executable-spec.ts';
import { engines as defaultEngines, type EngineRegistry } from '../engines/registry.ts';
import { findExecutable } from '../host/find-executable.ts';
import { ROOT } from '../host/project-paths.ts';
import { availability } from '../plan/availability.ts';
import { runners } from '../runners/registry.ts';

function pkgVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed (run npm ci)';
  }
}

function tool(name: string, install: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  return found ? `ok       ${name} (${found})` : `MISSING  ${name}: ${install}`;
}

/** Whether `--browsers-from containers` can start here, and whether its image is built yet. */
async function containerLines(): Promise<string[]> {
  const containers = await import('../host/containers/index.ts');
  const why = await containers.dockerUnavailableReason();
  if (why) return [`MISSING  ${why}; until then those cells are planned unavailable with that reason`];
  const tag = containers.browserNodesImageTag();
  const built = await containers.imageExists(tag);
  return [`ok       a Docker engine answers`, `${built ? 'ok      ' : 'not yet '} image ${tag}${built ? '' : ' (the first --browsers-from containers run builds it from a debootstrapped Debian base: about 4 min here)'}`];
}

/** `endpoints`: what `--grid` / `--browser-server` gave, per remote runner, so doctor can ask them. */
export async function doctorCommand(registry: EngineRegistry = defaultEngines, out: (line: string) => void = console.log, endpoints: Record<string, string[]> = {}): Promise<number> {
  out(`permission-harness doctor — Node ${process.version}`);
  // bin/permission-harness.mjs says which it loaded: the compiled CLI, or the sources (and why).
  if (process.env.PH_CLI_BUILD) out(`cli: ${process.env.PH_CLI_BUILD}`);
  out(`packages: @playwright/test ${pkgVersion('@playwright/test')}, webdriverio ${pkgVersion('webdriverio')}, allure ${pkgVersion('allure')}, zod ${pkgVersion('zod')}`);
  out('\nengines and runners:');
  const seen = new Set<ExecutableSpec>();
  const installs: string[] = [];
  for (const { engine, runner } of registry.pairs()) {
    const a = availability(engine, runner);
    const mark = a.ok ? 'ok      ' : a.supported ? 'MISSING ' : 'n/a     ';
    out(`  ${mark} ${`${engine.name} via ${runner}`.padEnd(26)} ${a.ok ? '' : a.detail}`);
    if (!a.ok && a.supported) installs.push(a.detail);
    if (!a.ok) continue;
    for (const need of a.needs) {
      if (seen.has(need)) continue;
      seen.add(need);
      const path = findExecutable(need)!;
      const v = engine.version?.(need, path) ?? '';
      out(`             ${need.what}: ${path}${v ? ` — ${v}` : ''}`);
    }
    for (const limit of engine.limits?.filter((l) => l.runner === runner) ?? []) {
      out(`             cannot${limit.endpoint ? ' (endpoint on another host)' : ''}: ${JSON.stringify(limit.when)} — ${limit.why}`);
    }
  }
  out('\nsupporting tools:');
  out(`  ${tool('Xvfb', 'sudo apt-get install xvfb  (headed browsers: real prompts and pickers, screen share, WebKitGTK)')}`);
  out(`  ${tool('xdotool', 'sudo apt-get install xdotool  (answers the real screen picker)')}`);
  out('\nrunners:');
  for (const r of runners.all()) {
    out(`  ${r.label} (${r.name})${r.batch ? ': larger runs through its own test runner' : ': driven in the CLI process'}`);
    for (const note of (await r.doctorNotes?.(endpoints[r.name])) ?? []) out(`    ${note}`);
  }
  out('\ncontainers (--browsers-from containers):');
  for (const line of await containerLines()) out(`  ${line}`);
  if (installs.length) out(`\nto install what is missing:\n${installs.map((i) => `  ${i}`).join('\n')}`);
  return 0;
}
