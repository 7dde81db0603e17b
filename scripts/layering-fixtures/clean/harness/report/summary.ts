import { judge } from '../verdict/verdict.ts';

export const summarize = (lines: string[]): string => lines.map((l) => `${judge(l)} ${l}`).join('\n');
