// What `init` reads from a page it has no profile for (discover-controls.page.js, evaluated in the
// app's frame on any runner): the controls a user could operate, and what is on screen.
import { readFileSync } from 'node:fs';

const SOURCE = readFileSync(new URL('./discover-controls.page.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim();

export interface PageControls {
  title: string;
  selects: Array<{ selector: string; label: string; options: Array<{ value: string; text: string }> }>;
  radios: Array<{ selector: string; label: string }>;
  buttons: Array<{ selector: string; text: string; disabled: boolean; toggle: boolean }>;
}

/** A visible element a profile could name, with its text and the list items inside it. */
export interface ScreenElement {
  selector: string;
  text: string;
  items: number;
  /** What the items are: list items, or else paragraphs. */
  itemTag: 'li' | 'p' | null;
  /** A data-* attribute every item has with a value of its own (a stable step id). */
  itemIdAttribute: string | null;
  /** The selectors of the named elements it is inside, nearest first. */
  ancestors: string[];
}

export const CONTROLS_EXPRESSION = `${SOURCE}({ "what": "controls" })`;
export const SCREEN_EXPRESSION = `${SOURCE}({ "what": "screen" })`;
