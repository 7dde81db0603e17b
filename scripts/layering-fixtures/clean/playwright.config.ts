// Config files may import anything; this one goes through the registry like everyone else.
import { ENGINES } from './harness/engines/registry.ts';

export default { projects: Object.keys(ENGINES) };
