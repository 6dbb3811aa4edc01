const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * fvbommel/sortorder NaturalLess, the order of `network ls`, `volume ls` and `port`:
 * digit runs compare as numbers, everything else bytewise (UTF-8).
 */
export function naturalLess(a: string, b: string): boolean {
  const s1 = Buffer.from(a, 'utf8');
  const s2 = Buffer.from(b, 'utf8');
  let i = 0;
  let j = 0;
  while (i < s1.length && j < s2.length) {
    const d1 = isDigit(s1[i]);
    const d2 = isDigit(s2[j]);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (s1[i] !== s2[j]) return (s1[i] as number) < (s2[j] as number);
      i++;
      j++;
      continue;
    }
    while (i < s1.length && s1[i] === 0x30) i++;
    while (j < s2.length && s2[j] === 0x30) j++;
    const nz1 = i;
    const nz2 = j;
    while (i < s1.length && isDigit(s1[i])) i++;
    while (j < s2.length && isDigit(s2[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = s1.subarray(nz1, i).toString('latin1');
    const n2 = s2.subarray(nz2, j).toString('latin1');
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return s1.length < s2.length;
}

/** Sorts a copy by `naturalLess` on a key. */
export function sortNatural<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    if (naturalLess(kx, ky)) return -1;
    return naturalLess(ky, kx) ? 1 : 0;
  });
}
