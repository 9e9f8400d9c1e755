/**
 * Whether an Excel number format shows a date (or a date and time): every door reads a cell's number by it, so that a
 * workbook gives the same grid on the command line, in the browser and in Excel. A time of day alone ("hh:mm") or an
 * elapsed time ("[h]:mm") is no date: it stays the number Excel holds.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const first = format.split(';')[0] ?? '';
  // [h], [mm], [ss]: elapsed time, a duration rather than a date.
  if (/\[(h+|m+|s+)\]/i.test(first)) return false;
  const bare = first
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/\[[^\]]*\]/g, '') // colours, locales, conditions
    .replace(/[_*]./g, ''); // padding and fill characters
  if (/general/i.test(bare)) return false;
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is a month unless hours or seconds say it is minutes.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}
