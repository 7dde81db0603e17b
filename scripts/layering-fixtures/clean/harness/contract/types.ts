import type { State } from '../../scenarios/axes.ts';
import type { Padded } from '../util/text.ts';

export interface Cell {
  id: string;
  state: State;
  note?: Padded;
}
