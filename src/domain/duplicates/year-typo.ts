/**
 * Two birth years one typo apart: one digit different, or two neighbouring digits swapped. Asked of most namesake
 * pairs with different years (a province's list has a hundred thousand such pairs).
 */

/** The definition, on the years as written in decimal. */
export function yearTypoByText(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) diff.push(k);
  if (diff.length === 1) return true;
  const [p, q] = diff;
  return diff.length === 2 && p !== undefined && q === p + 1 && x[p] === y[q] && x[q] === y[p];
}

/** Largest year read digit by digit; others (and fractions, zero, negatives) take the text's way. */
const MAX_DIGITS_READ = 1e9;

/** `yearTypoByText`, reading the digits of positive whole years arithmetically (no strings made). */
export function yearTypo(a: number, b: number): boolean {
  if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= 1 && a < MAX_DIGITS_READ && b < MAX_DIGITS_READ)) return yearTypoByText(a, b);
  let x = a;
  let y = b;
  let diffs = 0;
  // The last difference seen (from the right): its position and the two digits there.
  let at = -1;
  let dx = 0;
  let dy = 0;
  let swapped = false;
  for (let k = 0; x > 0 || y > 0; k++) {
    // Different lengths: one runs out of digits first.
    if (x === 0 || y === 0) return false;
    const u = x % 10;
    const v = y % 10;
    if (u !== v) {
      diffs++;
      if (diffs > 2) return false;
      swapped = diffs === 2 && at === k - 1 && u === dy && v === dx;
      at = k;
      dx = u;
      dy = v;
    }
    x = (x - u) / 10;
    y = (y - v) / 10;
  }
  return diffs === 1 || (diffs === 2 && swapped);
}
