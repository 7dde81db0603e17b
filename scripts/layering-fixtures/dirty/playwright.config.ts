// Config files may import anything (no layering violation), but may not name an engine.
import { launchFlags } from './harness/engines/blink/launch.ts';

// Config files are not checked for state names: 'granted' is fine here.
export default { flags: launchFlags, state: 'granted' };
