// `*` globs, the one wildcard the harness accepts (cell ids, step ids): `*` matches any run of
// characters except the separator, when one is given.
export function globToRegExp(glob: string, separator?: string): RegExp {
  const any = separator ? `[^${separator.replace(/[\]\\^-]/g, '\\$&')}]*` : '.*';
  return new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join(any) + '$');
}
