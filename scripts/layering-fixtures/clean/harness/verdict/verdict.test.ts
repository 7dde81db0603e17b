// Test files may name engines and states.
import { judge } from './verdict.ts';

export const cases = [judge('servo'), judge('denied')];
