// Parsing a cell id or id glob `<browser>/<os>/<state>/<mode>`; bad input names the valid values.
import { AXES, AXIS_ORDER, type Axis } from '../../scenarios/axes.ts';
import { UsageError } from '../util/errors.ts';

/** Splits an id or id glob into its four parts; `*` stays as is. Throws a UsageError naming valid values. */
export function parseCellPattern(text: string): Record<Axis, string> {
  const parts = text.split('/');
  if (parts.length !== 4) {
    throw new UsageError(`malformed cell id "${text}": expected <browser>/<os>/<state>/<mode>, e.g. chrome/macos/denied/audio-only`);
  }
  const out = {} as Record<Axis, string>;
  AXIS_ORDER.forEach((axis, i) => {
    const part = parts[i]!;
    out[axis] = part;
    if (part.includes('*')) return;
    const allowed = AXES[axis].options as readonly string[];
    if (!allowed.includes(part)) {
      throw new UsageError(`unknown ${axis} "${part}" in "${text}": valid ${axis} values are ${allowed.join(', ')}`);
    }
  });
  return out;
}
