// Why a profile action failed, read from the page (element-state.page.js, evaluated in the app's frame on
// every runner): not found, disabled, hidden, covered, not a <select>, no such option.
import { readFileSync } from 'node:fs';

const SOURCE = readFileSync(new URL('./element-state.page.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim();

export interface ElementQuery {
  selector: string;
  /** The action's verb: click, check, select, fill, waitFor. */
  verb: string;
  /** For select: the option value asked for. */
  value?: string;
}

/** An expression (no statements, so both runners can evaluate it) that returns a sentence or null. */
export function elementStateExpression(q: ElementQuery): string {
  return `${SOURCE}(${JSON.stringify(q)})`;
}
