// `doctor`: which engines and runners work on this machine, their versions, and the exact command
// that installs what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, firefox } from 'playwright-core';
import type { Engine } from '../../scenarios/axes.ts';
import type { RunnerName } from '../engines/engine.ts';
import { availability } from '../host/availability.ts';
import { findExecutable, type ExecutableSpec } from '../host/find-executable.ts';
import { ROOT } from '../run/project-paths.ts';

const PAIRS: Array<[Engine, RunnerName]> = [
  ['chromium', 'playwright'],
  ['chromium', 'webdriverio'],
  ['gecko', 'playwright'],
  ['gecko', 'webdriverio'],
  ['webkit', 'webdriverio'],
  ['webkit', 'playwright'],
];

function version(path: string): string {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return (r.stdout || r.stderr || '').trim().split('\n')[0] ?? '';
}

function debianVersion(pkg: string): string {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  return r.status === 0 ? `WebKitGTK ${r.stdout.trim()}` : '';
}

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

export async function doctorCommand(): Promise<number> {
  console.log(`permission-harness doctor — Node ${process.version}`);
  console.log(`packages: @playwright/test ${pkgVersion('@playwright/test')}, webdriverio ${pkgVersion('webdriverio')}, allure ${pkgVersion('allure')}, zod ${pkgVersion('zod')}`);
  console.log('\nengines and runners:');
  const seen = new Set<ExecutableSpec>();
  for (const [engine, runner] of PAIRS) {
    const a = availability(engine, runner);
    const mark = a.ok ? 'ok      ' : a.supported ? 'MISSING ' : 'n/a     ';
    console.log(`  ${mark} ${`${engine} via ${runner}`.padEnd(26)} ${a.ok ? '' : a.detail}`);
    if (a.ok) {
      for (const need of a.needs) {
        if (seen.has(need)) continue;
        seen.add(need);
        const path = findExecutable(need)!;
        // WebKitGTK's binaries print no version: ask the package manager.
        const v = need.what.startsWith('MiniBrowser') || need.what === 'WebKitWebDriver' ? debianVersion('libwebkit2gtk-4.1-0') : version(path);
        console.log(`             ${need.what}: ${path}${v ? ` — ${v}` : ''}`);
      }
    }
  }
  console.log('\nsupporting tools:');
  console.log(`  ${tool('Xvfb', 'sudo apt-get install xvfb  (headed Chromium prompts/pickers, Firefox screen share, WebKitGTK)')}`);
  console.log(`  ${tool('xdotool', 'sudo apt-get install xdotool  (dismisses the real Chromium screen picker)')}`);
  const own = ([['chromium', chromium.executablePath()], ['firefox', firefox.executablePath()]] as Array<[string, string]>).filter(([, p]) => p && existsSync(p));
  console.log("\nPlaywright's own browser builds:");
  if (own.length) for (const [n, p] of own) console.log(`  ${n}: ${p} (use it with PH_${n.toUpperCase()}_PATH=${p})`);
  else console.log("  none installed; where the network allows: npx playwright install chromium firefox  (then set PH_CHROMIUM_PATH / PH_FIREFOX_PATH)");
  const missing = PAIRS.filter(([e, r]) => !availability(e, r).ok && availability(e, r).supported);
  if (missing.length) console.log('\nto install everything on Debian/Ubuntu: sudo apt-get install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xdotool');
  return 0;
}
