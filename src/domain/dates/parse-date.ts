/**
 * Reading dates as staff write them. Day first, always; an impossible date is reported, never guessed.
 */
import { asciiKey } from '../text';
import { CalendarDate, isValidDate } from './calendar';

export type DateReading =
  | { ok: true; date: CalendarDate }
  | { ok: false; reason: 'impossible' | 'unreadable' | 'year-only' };

// 20/02/2023, 20-2-2023, 20.02.2023, 20/02/23; optionally a time after it.
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/i;
/** The months in words, diacritics removed ("tháng Hai", "tháng Giêng", "tháng Chạp"), or in Roman numerals ("tháng II"), January first. */
const MONTHS = ['mot|gieng|i', 'hai|ii', 'ba|iii', 'tu|bon|iv', 'nam|v', 'sau|vi', 'bay|vii', 'tam|viii', 'chin|ix', 'muoi|x', 'muoi mot|xi', 'muoi hai|chap|xii'];
/** A month's word as a pattern's alternatives, longest first ("muoi hai" before "muoi"). */
export const MONTH_WORD = MONTHS.flatMap((m) => m.split('|')).sort((a, b) => b.length - a.length).join('|');
/** The month a number or a word of MONTH_WORD names. */
export const monthOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : MONTHS.findIndex((m) => m.split('|').includes(w)) + 1);

// "ngày 20 tháng 02 năm 2023", "20 tháng Hai năm 2023" (ASCII-folded), with or without "ngày".
const WORDS = new RegExp(`^(?:ngay\\s+)?(\\d{1,2})\\s+thang\\s+(\\d{1,2}|${MONTH_WORD})\\s+nam\\s+(\\d{4})$`);

function result(y: number, m: number, d: number): DateReading {
  return isValidDate(y, m, d) ? { ok: true, date: { y, m, d } } : { ok: false, reason: 'impossible' };
}

export function parseDateText(raw: string): DateReading {
  const text = raw.trim().replace(/^ng[aà]y\s*:?\s*/i, '').trim();
  let m = DMY.exec(text);
  if (m) {
    const yy = m[3] as string;
    // Two-digit years only ever mean this century in these lists (2021–2030 programmes).
    const y = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
    return result(y, Number(m[2]), Number(m[1]));
  }
  m = YMD.exec(text);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS.exec(asciiKey(raw));
  if (m) return result(Number(m[3]), monthOf(m[2] as string), Number(m[1]));
  if (/^\d{4}$/.test(text)) return { ok: false, reason: 'year-only' };
  return { ok: false, reason: 'unreadable' };
}

const FULL_DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
// "Vĩnh Hậu, 27/02/2023": a place of words, a comma, the date in numbers and nothing else.
const PLACE_DMY = /^[^\d,]{2,60},\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

function validDate(m: RegExpExecArray | null): CalendarDate | undefined {
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

/** The date a text holding only a full date gives ("27/02/2023", "27-2-2023", "27.02.2023"); else undefined. */
export function fullDateText(text: string): CalendarDate | undefined {
  return validDate(FULL_DMY.exec(text.trim()));
}

/** The date of "Vĩnh Hậu, 27/02/2023" (a place and the date in numbers, no "ngày"); else undefined. */
export function placeAndDate(text: string): CalendarDate | undefined {
  return validDate(PLACE_DMY.exec(text.trim()));
}

const DMY_INSIDE = /(?:^|[^\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])/g;
// In a longer text the month in numbers only: «Tuần 4 tháng Hai năm 2023», «Hạn 25 tháng Hai …» are no days (review 29).
const WORDS_INSIDE = /(?:^| )(\d{1,2}) thang (\d{1,2}) nam (\d{4})(?: |$)/g;

/** The dates a text writes in numbers ("20/02/2023", "15-4-2024"), each with where it stands in the text. */
export function numericDatesIn(text: string): { date: CalendarDate; start: number; end: number }[] {
  const out: { date: CalendarDate; start: number; end: number }[] = [];
  for (const x of text.matchAll(DMY_INSIDE)) {
    const [d, m, y] = [Number(x[1]), Number(x[2]), Number(x[3])];
    if (isValidDate(y, m, d)) out.push({ date: { y, m, d }, start: x.index + x[0].indexOf(x[1] as string), end: x.index + x[0].length });
  }
  return out;
}

/**
 * The one date a longer text gives ("Kế hoạch số 12-KH/ĐU ngày 20/01/2022", "20/01/2022 (KH số 05-KH/HPN)"); undefined
 * when it gives none, or two different ones.
 */
export function dateInText(text: string): CalendarDate | undefined {
  const found = new Map<string, CalendarDate>();
  const add = (d: string, m: string, y: string) => {
    if (isValidDate(Number(y), Number(m), Number(d))) found.set(`${y}-${m}-${d}`, { y: Number(y), m: Number(m), d: Number(d) });
  };
  for (const x of numericDatesIn(text)) found.set(`${x.date.y}-${x.date.m}-${x.date.d}`, x.date);
  for (const x of asciiKey(text).matchAll(WORDS_INSIDE)) add(x[1] as string, x[2] as string, x[3] as string);
  const dates = [...found.values()].filter((d, i, all) => all.findIndex((o) => o.y === d.y && o.m === d.m && o.d === d.d) === i);
  return dates.length === 1 ? dates[0] : undefined;
}

/** A birth year from a year, a full date, "SN 1975", or a date-like text; undefined when none is there. */
export function parseYearText(raw: string): number | undefined {
  // "'1994" (a number kept as text), "1985." (a full stop at the end), "1980.0" (a number pasted from a system),
  // "Nữ 1980" / "Nam: 1980" (the gender before the year), "Khoảng 1980" (about).
  const text = raw
    .trim()
    .replace(/^['’‘`]/, '')
    .replace(/^(?:nam|nữ|nu|khoảng|khoang)\s*[,:.]?\s+(?=\d)/iu, '')
    .replace(/(?<=^\d{4})[.,]0+$/, '')
    .replace(/\.$/, '');
  // "1.980": a year written with the thousands dot (vi-VN).
  const dotted = /^([12])[.,](\d{3})$/.exec(text);
  if (dotted) return plausibleYear(Number(`${dotted[1]}${dotted[2]}`));
  // "80", "19/5/80": two digits past 30 name a year of the 1900s (20yy would be after 2030: no birth year yet).
  const short = /^(\d{2})$/.exec(text) ?? /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{2})$/.exec(text);
  if (short && Number(short[1]) > 30) {
    const d = parseDateText(text);
    if (!/[/.-]/.test(text) || d.ok) return 1900 + Number(short[1]);
  }
  // "1985", "SN 1985", "Năm sinh: 1985", "sinh năm 1985", "năm 1985", "1997 (Nam)".
  const bare = /^(?:sn|s\.n\.?|ns|năm sinh|nam sinh|sinh năm|sinh nam|sinh|năm|nam)?\s*:?\s*(\d{4})(?:\s*\([^()]*\))?$/iu.exec(text);
  if (bare) return plausibleYear(Number(bare[1]));
  // A posthumous exemplar's birth with its death: "SN 1955, mất 2024", "1955 (từ trần năm 2024)".
  const died = /^(?:sn|s\.n\.?|ns|năm sinh|sinh năm|sinh)?\s*:?\s*(\d{4})\s*[,;(]?\s*(?:đã\s+)?(?:mất|từ trần|qua đời|hy sinh|hi sinh)(?:\s+năm)?\s*(\d{4})?\s*\)?$/iu.exec(text);
  if (died && (died[2] === undefined || Number(died[2]) > Number(died[1]))) return plausibleYear(Number(died[1]));
  // A life's years ("1948 - 2024", "1948–2024", a posthumous exemplar's): the first, the year of birth.
  const life = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(text);
  if (life && Number(life[2]) - Number(life[1]) >= 10 && Number(life[2]) - Number(life[1]) <= 120) return plausibleYear(Number(life[1]));
  // A month and a year ("05/1992", "5-1992", "tháng 5/1992"): the year.
  const monthYear = /^(?:tháng\s*|th\s*|t)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu.exec(text);
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12) return plausibleYear(Number(monthYear[2]));
  const date = parseDateText(text);
  // A two-digit year ("12/05/75") names no century: a birth year is not guessed from it.
  if (date.ok && /\d{4}/.test(text)) return plausibleYear(date.date.y);
  return undefined;
}

export function plausibleYear(y: number): number | undefined {
  return Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : undefined;
}
