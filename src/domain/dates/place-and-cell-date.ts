/**
 * A date line written as dates are typed in cells ("ngày 26/2/23", "2023-02-26"), alone or after its place ("An Bình,
 * ngày 26/2/23"): read by the cells' own date reader, so that a line and a cell agree on what a date is. After a
 * place, a two-digit year needs its "ngày" ("Lê Thị Hoa, 15/5/03" is a name and a birth date) unless it names a year
 * no exemplar is born in ("Tân Lập, 05-03-23"), and a list is dated in this century.
 */
import type { CalendarDate } from './calendar';
import { parseDateText } from './parse-date';

// "An Bình, ngày 26/2/23", "An Bình, 2023-02-26": a short place, a comma, then a date in a form cells are read in.
const PLACE_THEN_DATE = /^([^\d:()]{2,80}),\s*((ng[aà]y\s+)?\d[\d/.\s-]{5,14})$/iu;
const DATE_ALONE = /^(?:ng[aà]y\s+)?\d[\d/.\s-]{5,14}$/iu;
const TWO_DIGIT_YEAR = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{2})$/;
// Two-digit years of the programme's time and after (2020–2039): nobody born then is an exemplar.
const LIST_YEARS = { from: 20, to: 39 };

/** The date of a date line written as cells are (a two-digit year, ISO order), maybe after its place. */
export function placeAndCellDate(text: string): CalendarDate | undefined {
  const t = text.trim();
  let date: string | undefined = DATE_ALONE.test(t) ? t : undefined;
  if (date === undefined) {
    const m = PLACE_THEN_DATE.exec(t);
    const short = m && !m[3] ? TWO_DIGIT_YEAR.exec(m[2] ?? '') : undefined;
    if (!m || (short && (Number(short[1]) < LIST_YEARS.from || Number(short[1]) > LIST_YEARS.to))) return undefined;
    date = m[2];
  }
  const reading = parseDateText(date ?? '');
  return reading.ok && reading.date.y >= 2000 && reading.date.y <= 2050 ? reading.date : undefined;
}
