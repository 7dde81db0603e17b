import { pad } from '../harness/util/text.ts';
import { State } from './axes.ts';

export const label = (s: State): string => pad(State.parse(s));
