// `local-grid`: a Selenium Grid 4 standalone on this machine's loopback with a node for every engine
// that says how to serve it (GridEngineDriver.localNode), for `--grid` without Docker. Runs until
// Ctrl-C (or SIGTERM), then stops the Grid and every driver it relays to.
import type { LocalGridNode } from '../contract/grid-driver.ts';
import type { GridEngineDriver } from '../contract/grid-driver.ts';
import { engines as defaultEngines, type EngineRegistry } from '../engines/registry.ts';
import { startLocalGrid, type LocalGrid } from '../host/local-grid.ts';
import { availability } from '../plan/availability.ts';

/** Each engine's local Grid node, where its local WebDriver binaries are installed (the same binaries the webdriverio runner uses). */
export async function localGridNodes(registry: EngineRegistry = defaultEngines): Promise<LocalGridNode[]> {
  const nodes: LocalGridNode[] = [];
  for (const engine of registry.all()) {
    const grid = engine.runners.grid;
    if (!grid || !availability(engine, 'webdriverio').ok) continue;
    const node = ((await grid.driver()) as GridEngineDriver).localNode?.();
    if (node) nodes.push(node);
  }
  return nodes;
}

export async function startEnginesGrid(registry?: EngineRegistry): Promise<LocalGrid> {
  return startLocalGrid(await localGridNodes(registry));
}

export async function localGridCommand(): Promise<number> {
  const grid = await startEnginesGrid();
  console.log(`Selenium Grid 4 standalone: ${grid.url}  (permission-harness run … --grid ${grid.url}); Ctrl-C stops it`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await grid.stop();
  return 0;
}
