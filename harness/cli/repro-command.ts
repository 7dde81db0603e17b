import type { Flags } from './parse-args.ts';
export async function reproCommand(_flags: Flags): Promise<number> { return 0; }
