// Engine name → engine module. The only file that knows every engine folder.
import type { Engine } from '../../scenarios/axes.ts';
import { chromiumEngine } from './chromium/chromium-engine.ts';
import type { EngineModule } from './engine.ts';
import { geckoEngine } from './gecko/gecko-engine.ts';
import { webkitEngine } from './webkit/webkit-engine.ts';

export const ENGINES: Record<Engine, EngineModule> = {
  chromium: chromiumEngine,
  gecko: geckoEngine,
  webkit: webkitEngine,
};
