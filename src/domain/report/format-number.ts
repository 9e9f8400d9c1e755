/** Integers as Vietnamese staff read them, whatever the machine's language: 100.000. */

/** Integers with "." between thousands (built by hand: Intl data for vi-VN may be missing in a trimmed runtime). */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
