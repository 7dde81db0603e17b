// Test files may name engines and states, but follow the same layering rules.
import { flags } from '../cli/flags.ts';
import { verdict } from './verdict.ts';

export const cases = [verdict(false) === 'denied', flags.includes('servo')];
