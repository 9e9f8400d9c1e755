/**
 * A date line written as dates are typed in cells ("ngày 26/2/23", "2023-02-26"), alone or after its place ("An Bình,
 * ngày 26/2/23"): read by the cells' own date reader, so that a line and a cell agree on what a date is.
 */
import type { CalendarDate } from './calendar';
import { parseDateText } from './parse-date';

// "An Bình, ngày 26/2/23", "An Bình, 2023-02-26": a short place, a comma, then a date in a form cells are read in.
const PLACE_THEN_DATE = /^([^\d:()]{2,80}),\s*((?:ng[aà]y\s+)?\d[\d/.\s-]{5,14})$/iu;

/** The date of a date line written as cells are (a two-digit year, ISO order), maybe after its place. */
export function placeAndCellDate(text: string): CalendarDate | undefined {
  const t = text.trim();
  // The date alone ("ngày 26/2/23", "2023-02-26"), or after its place.
  const date = /^(?:ng[aà]y\s+)?\d[\d/.\s-]{5,14}$/iu.test(t) ? t : PLACE_THEN_DATE.exec(t)?.[2];
  if (date === undefined) return undefined;
  const reading = parseDateText(date);
  return reading.ok ? reading.date : undefined;
}
