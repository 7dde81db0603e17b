import { launchFlags } from '../blink/launch.ts';
import { emulate } from '../emulated/emulated.ts';

export const servoEngine = { id: 'servo', launch: () => emulate(launchFlags.join(' ')) };
