/** Typed values of a table's cells: dates, years, flags. */
import { CalendarDate, dateInText, fromExcelSerial, parseDateText, parseYearText, plausibleYear } from '../dates';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey, saysNone } from '../text';
import { firstSending } from './sendings';

export type DateValue =
  | { state: 'empty' }
  | { state: 'ok'; date: CalendarDate }
  | { state: 'invalid'; text: string; reason: 'impossible' | 'unreadable' | 'year-only' | 'error' };

/** A date cell: a real date, a serial number typed without a date format, or text in any listed form. */
export function readDate(view: SheetView, r: number, c: number | undefined, date1904: boolean): DateValue {
  if (!c) return { state: 'empty' };
  const cell = view.cell(r, c);
  if (!cell) return { state: 'empty' };
  if (cell.t === 'd') return { state: 'ok', date: cell.v };
  // A formula that failed (#N/A of a lookup, #REF! of a deleted sheet) holds no date, yet is no blank either.
  if (cell.t === 'e') return { state: 'invalid', text: cell.v, reason: 'error' };
  if (cell.t === 'n') {
    if (Number.isInteger(cell.v) && cell.v >= 1900 && cell.v <= 2100) return { state: 'invalid', text: String(cell.v), reason: 'year-only' };
    const d = cell.v >= 1 && cell.v < 2958466 ? fromExcelSerial(cell.v, date1904) : undefined;
    return d ? { state: 'ok', date: d } : { state: 'invalid', text: String(cell.v), reason: 'impossible' };
  }
  return readDateText(view.text(r, c), date1904);
}

/** A date written as text, in any listed form; a text that says none yet ("Chưa nộp") is empty. */
export function readDateText(text: string, date1904: boolean): DateValue {
  if (!text) return { state: 'empty' };
  const p = parseDateText(text);
  if (p.ok) return { state: 'ok', date: p.date };
  // A date's serial kept as text ("44983", pasted from a system): the date it stands for (2000–2099).
  if (/^\d{5}$/.test(text) && Number(text) >= 36526 && Number(text) <= 73050) {
    const d = fromExcelSerial(Number(text), date1904);
    if (d) return { state: 'ok', date: d };
  }
  if (p.reason !== 'unreadable') return { state: 'invalid', text, reason: p.reason };
  // "Chưa nộp" (even "Chưa nộp (đã nhắc ngày 20/01/2022)"): none yet; "Kế hoạch số 12-KH/ĐU ngày 20/01/2022": the
  // document's number beside its one date.
  if (saysNone(text)) return { state: 'empty' };
  const inside = dateInText(text);
  return inside ? { state: 'ok', date: inside } : { state: 'invalid', text, reason: p.reason };
}

/**
 * A units list's date cell written as text («Thứ hai, 27/02/2023», «26/02/2023 (gửi qua mail)», «20/02/2023; bổ sung
 * 15/4/2024»): the one reader of the check (read-units) and of CHECKDEADLINE, so that both doors read a text alike.
 * `lines`: the cell's lines, where a second sending may stand on a line of its own (sendings.ts).
 */
export function readSentDateText(text: string, lines: readonly string[], additionsAfter: CalendarDate | undefined, date1904: boolean): DateValue {
  const sending = lines.length ? firstSending(lines.join('\n'), additionsAfter) : undefined;
  if (sending) return sending.date ? { state: 'ok', date: sending.date } : { state: 'empty' };
  return readDateText(text, date1904);
}

/** `day`: the day and month (MMDD) where the cell gives a whole date, not a year alone (nor 1 January, a stand-in). */
export type YearValue =
  | { state: 'empty' }
  | { state: 'ok'; year: number; day?: number }
  // `asDate`: the day a bare number would be as a date's serial, where that is a living person's birth: the finding
  // names it, so that a date typed in a cell not formatted as a date is fixed in a moment.
  | { state: 'invalid'; text: string; error?: true; asDate?: CalendarDate };

/** The birth years a bare number's day may fall in, to be named as a possible date (5 is no 05/01/1900). */
const FIRST_SERIAL_BIRTH = 1910;
const LAST_SERIAL_BIRTH = 2015;
const YEAR_AND_DIGIT = /^(?:19|20)\d{3}$/;

// 1 January stands in for a day not known ("01/01/1970"): no day.
const dayOf = (d: CalendarDate) => (d.m === 1 && d.d === 1 ? undefined : d.m * 100 + d.d);

/**
 * A birth year. A number is a date only in a cell formatted as a date (the reader gives it as one), or in a column
 * headed as a birth date («Ngày sinh»: `datesColumn`; dates pasted as values lose their format): elsewhere a bare
 * number that is no year (19750 for 1975, 29082 in a «0» cell) is said, never read as a day's serial ("1954") without
 * a word.
 */
export function readYear(view: SheetView, r: number, c: number | undefined, date1904: boolean, datesColumn = false): YearValue {
  if (!c) return { state: 'empty' };
  const cell = view.cell(r, c);
  if (!cell) return { state: 'empty' };
  if (cell.t === 'd') return withDay(plausible(cell.v.y, cell.v.y), cell.v);
  // A failed formula (#N/A, #VALUE!) is no year, and no blank either.
  if (cell.t === 'e') return { state: 'invalid', text: cell.v, error: true };
  if (cell.t === 'n') {
    if (cell.v >= 1900 && cell.v <= 2100) return plausible(Math.trunc(cell.v), cell.v);
    // "80" typed for 1980: two digits past 30 (20yy would be after 2030), not the serial of a day in 1900.
    if (Number.isInteger(cell.v) && cell.v > 30 && cell.v < 100) return { state: 'ok', year: 1900 + cell.v };
    if (datesColumn) {
      const d = fromExcelSerial(cell.v, date1904);
      if (d && d.y >= FIRST_SERIAL_BIRTH && d.y <= LAST_SERIAL_BIRTH) return withDay(plausible(d.y, cell.v), d);
    }
    // "19750": a year typed with a digit too many, told as such rather than as the day of 1954 it would be.
    const d = YEAR_AND_DIGIT.test(String(cell.v)) ? undefined : fromExcelSerial(cell.v, date1904);
    return d && d.y >= FIRST_SERIAL_BIRTH && d.y <= LAST_SERIAL_BIRTH ? { state: 'invalid', text: String(cell.v), asDate: d } : { state: 'invalid', text: String(cell.v) };
  }
  const text = view.text(r, c);
  if (!text) return { state: 'empty' };
  const y = parseYearText(text);
  if (!y) return { state: 'invalid', text };
  const full = parseDateText(text);
  const day = full.ok && full.date.y === y ? dayOf(full.date) : undefined;
  return day ? { state: 'ok', year: y, day } : { state: 'ok', year: y };
}

function withDay(value: YearValue, date: CalendarDate): YearValue {
  const day = dayOf(date);
  return value.state === 'ok' && day ? { ...value, day } : value;
}

/** `written`: the cell's number, made text only for a finding. */
function plausible(y: number, written: number): YearValue {
  const ok = plausibleYear(y);
  return ok ? { state: 'ok', year: ok } : { state: 'invalid', text: String(written) };
}

/**
 * "x", "X", "Có", "✓", "√" (the square root sign Excel users insert as a tick), "+", TRUE (a ticked in-cell checkbox): a
 * content marked present.
 */
export function isMarked(text: string): boolean {
  const t = text.trim().toLowerCase().normalize('NFC');
  return ['x', 'có', 'co', '✓', '✔', '☑', '√', '+', 'v', '1', 'đã có', 'true', 'yes'].includes(t);
}

/**
 * A plan's content cell says the plan has it: a mark, or words ("Đạt", "Đầy đủ", "Có (mục II.1)", "Mục 2 của kế
 * hoạch"), unless they say it has not ("Không", "Chưa có", "Thiếu", "0").
 */
/** FALSE: an unticked in-cell checkbox (or the word typed): the mark left off, as a blank cell. */
export const isUnticked = (text: string): boolean => asciiKey(text) === 'false';

export function hasContent(text: string): boolean {
  if (isMarked(text)) return true;
  return !saysNone(text) && !/(^| )(con thieu|chua co|chua xay dung)( |$)/.test(asciiKey(text));
}
