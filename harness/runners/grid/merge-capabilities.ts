// The capabilities a grid cell asks for: the engine's own (which carry the condition) with the user's
// `--capabilities` file merged in. Objects merge key by key; arrays are appended (the user's launch
// arguments come after the condition's, never instead of them); a scalar the user sets wins, because it
// describes their endpoint (a cloud grid's platformName, a browserName its nodes use).
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeCapabilities(engine: Json, user: Json = {}): Json {
  const out: Json = { ...engine };
  for (const [key, value] of Object.entries(user)) {
    const mine = out[key];
    if (isObject(mine) && isObject(value)) out[key] = mergeCapabilities(mine, value);
    else if (Array.isArray(mine) && Array.isArray(value)) out[key] = [...mine, ...value.filter((v) => !mine.includes(v))];
    else out[key] = value;
  }
  return out;
}
