/** Calendar dates without time zones: what a deadline or a list date means to staff. */

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / 86400000);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** "25/02/2023", as Vietnamese documents write dates. */
export function formatDate(date: CalendarDate): string {
  return `${String(date.d).padStart(2, '0')}/${String(date.m).padStart(2, '0')}/${date.y}`;
}

/** "2023-02-25", for JSON and profile files. */
export function isoDate(date: CalendarDate): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

/**
 * An Excel serial date. In the 1900 system serial 60 is the 29/02/1900 that never was (Lotus's leap-year bug),
 * so it is no date; in the 1904 system day 0 is 01/01/1904.
 */
export function fromExcelSerial(serial: number, date1904: boolean): CalendarDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0) return undefined;
    return fromDayNumber(dayNumber({ y: 1904, m: 1, d: 1 }) + whole);
  }
  if (whole < 1 || whole === 60) return undefined;
  // Serials after the phantom 29/02/1900 count from 30/12/1899; those before it from 31/12/1899.
  const epoch = whole > 60 ? dayNumber({ y: 1899, m: 12, d: 30 }) : dayNumber({ y: 1899, m: 12, d: 31 });
  return fromDayNumber(epoch + whole);
}

export function toExcelSerial(date: CalendarDate): number {
  const n = dayNumber(date) - dayNumber({ y: 1899, m: 12, d: 30 });
  return n <= 60 ? n - 1 : n;
}

/** A document's date line, «ngày 05 tháng 02 năm 2023»: HD 36-HD/VPTW writes a day below 10 and the months 1 and 2 with a leading zero. */
export function dateLineWords(d: CalendarDate): string {
  const day = d.d < 10 ? `0${d.d}` : String(d.d);
  const month = d.m < 3 ? `0${d.m}` : String(d.m);
  return `ngày ${day} tháng ${month} năm ${d.y}`;
}
