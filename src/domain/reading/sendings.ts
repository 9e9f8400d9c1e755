/**
 * A units list's date cell that records two sendings, as staff keep it once additions come in (2024–2025):
 * «20/02/2023; bổ sung 15/4/2024», «20/02/2023 (BS: 15/4/2024)», «Lần 1: 20/02/2023, lần 2: 15/4/2024», two dates
 * on two lines. The first sending's date is the one the deadline (R4) is about; the addition's (R9) has none.
 */
import { CalendarDate, compareDates, numericDatesIn } from '../dates';
import { additionKey } from '../text/addition-key';

// What marks a date as the addition's: "bổ sung", "BS", "lần 2", "đợt 2", "giai đoạn 2", "GĐ II".
const ADDITION = /(?:^|[^a-z])(?:bo sung|bs|lan (?:thu )?(?:2|hai)|dot (?:2|hai)|(?:giai doan|gd) ?(?:2|ii))(?![a-z0-9])/;

/**
 * The first sending's date in a cell that also records an addition: `{ date }`, or `{}` when the cell gives only the
 * addition's date. A date is the addition's when it falls after the first ceremony (`additionsAfter`, phase 2) and
 * the cell says so («bổ sung», «lần 2») or gives it on a line of its own after the first. Undefined when the cell
 * records no addition (one date, a document's number and its date) or dates of phase 1 that do not say which is the
 * list's («Lần 1: 20/02/2023; lần 2: 27/02/2023», a correction sent again): the cell is then read as one date.
 */
export function firstSending(text: string, additionsAfter: CalendarDate | undefined): { date?: CalendarDate } | undefined {
  if (!additionsAfter) return undefined;
  const dates = numericDatesIn(text);
  // The words before a date, back to the date before it, say what it is; after the last, its own words in brackets
  // do too ("15/4/2024 (bổ sung)").
  const addition = dates.map((x, i) => {
    if (compareDates(x.date, additionsAfter) <= 0) return false;
    const before = text.slice(i === 0 ? 0 : (dates[i - 1] as (typeof dates)[number]).end, x.start);
    const after = i === dates.length - 1 ? text.slice(x.end) : '';
    return ADDITION.test(additionKey(before)) || ADDITION.test(additionKey(after)) || (i > 0 && /[\n;]/.test(before));
  });
  if (!addition.some(Boolean)) return undefined;
  const first = dates.filter((_, i) => !addition[i]);
  if (first.length === 0) return {};
  return first.length === 1 ? { date: (first[0] as (typeof dates)[number]).date } : undefined;
}
