/**
 * Two birth years one typo apart: one digit different, or two neighbouring digits swapped, as written in decimal.
 */
export function yearTypo(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) diff.push(k);
  if (diff.length === 1) return true;
  const [p, q] = diff;
  return diff.length === 2 && p !== undefined && q === p + 1 && x[p] === y[q] && x[q] === y[p];
}
