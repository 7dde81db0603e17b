// Builds the container image `--browsers-from containers` uses (and its debootstrapped base), if its
// tag is missing. CI runs it in the background while the first tests run; the container test then
// waits for this build (a lock per tag) instead of starting its own.
import { ensureBrowserNodesImage } from '../harness/host/containers/index.ts';

const started = Date.now();
const tag = await ensureBrowserNodesImage((line) => console.log(line));
console.log(`image ${tag} ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
