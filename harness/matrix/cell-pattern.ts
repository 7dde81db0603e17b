// Parsing a cell id or id glob `<browser>/<os>/<state>/<mode>` (a sequence's state: `<from>..<to>`); bad input names the valid values.
import { AXES, AXIS_ORDER, SEQUENCE_JOINER, type Axis } from '../../scenarios/axes.ts';
import { UsageError } from '../util/errors.ts';

/** Splits an id or id glob into its four parts; `*` stays as is. Throws a UsageError naming valid values. */
export function parseCellPattern(text: string): Record<Axis, string> {
  const parts = text.split('/');
  if (parts.length !== 4) {
    throw new UsageError(`malformed cell id "${text}": expected <browser>/<os>/<state>/<mode> (a recovery cell: <from>${SEQUENCE_JOINER}<to> as its state), e.g. chrome/macos/denied/audio-only, chrome/macos/denied${SEQUENCE_JOINER}granted/audio-only`);
  }
  const out = {} as Record<Axis, string>;
  AXIS_ORDER.forEach((axis, i) => {
    const part = parts[i]!;
    out[axis] = part;
    const allowed = AXES[axis].options as readonly string[];
    // A sequence's state segment is two states; each half is checked (a `*` half is a glob).
    const halves = axis === 'state' && part.includes(SEQUENCE_JOINER) ? part.split(SEQUENCE_JOINER) : [part];
    if (halves.length > 2) throw new UsageError(`malformed state "${part}" in "${text}": a recovery cell has two states, <from>${SEQUENCE_JOINER}<to>`);
    for (const half of halves) {
      if (half.includes('*')) continue;
      if (!allowed.includes(half)) {
        throw new UsageError(`unknown ${axis} "${half}" in "${text}": valid ${axis} values are ${allowed.join(', ')}`);
      }
    }
  });
  return out;
}
