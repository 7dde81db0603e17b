// `*` globs, the one wildcard the harness accepts (cell ids, step ids): `*` matches any run of
// characters except the separator, when one is given.

// Checking a playbook against the matrix tests the same few globs against every cell (tens of
// thousands of times at each start): each is compiled once. A RegExp without the g flag keeps no
// state between tests, so sharing one is safe.
const compiled = new Map<string, RegExp>();

export function globToRegExp(glob: string, separator?: string): RegExp {
  const key = `${separator ?? ''}\u0000${glob}`;
  let re = compiled.get(key);
  if (!re) {
    const any = separator ? `[^${separator.replace(/[\]\\^-]/g, '\\$&')}]*` : '.*';
    re = new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join(any) + '$');
    compiled.set(key, re);
  }
  return re;
}
