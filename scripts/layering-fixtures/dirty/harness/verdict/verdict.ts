// A state name in a comment (denied) is fine; so is 'denial' or 'denied-by-policy'.
export const note = 'denial';
export const other = "denied-by-policy";
export const verdict = (ok: boolean): string => (ok ? 'pass' : 'denied');
