// The container path's one door: what the runner and CLI layers use to build images and start
// Grid and browser-server containers.
export { dockerUnavailableReason } from './docker-engine.ts';
export { BASE_IMAGE, ensureBaseImage } from './base-image.ts';
export { browserNodesImageTag, ensureBrowserNodesImage } from './browser-nodes-image.ts';
export { startGrid, type GridOptions, type StartedGrid } from './grid.ts';
export { startBrowserServers, type BrowserServerOptions, type StartedBrowserServers } from './browser-servers.ts';
export { stopAllContainers } from './started-containers.ts';
export { imageExists } from './image-exists.ts';
export type { LogLine } from './log-line.ts';
