/**
 * The date line of a list ("An Bình, ngày 20 tháng 02 năm 2023"): the evidence of when a unit made its list, and the
 * paragraphs of a Word document around a table, decoded as cells are.
 */
import { CalendarDate, DateLineOf, fullDateText, isValidDate, MONTH_WORD, monthOf, OtherDate, placeAndDate } from '../dates';
import { placeAndCellDate } from '../dates/place-and-cell-date';
import type { Cell } from '../grid';
import { viewSheet } from '../recognition/sheet-view';
import { stripDiacritics } from '../text/fold';

// "ngày 20 tháng 02 năm 2023", "ngày 20 tháng 2/2023", "ngày 20/02/2023" (diacritics removed), anywhere in the line
// after the place; "ngày 20 tháng Hai năm 2023", the month in words. As typed in haste too (trial17b #7): spaces left
// out ("ngày 27tháng 02năm 2023"), a comma before the year ("…tháng 02, năm 2023"), the year in two digits ("năm 23").
const WORDS = /(?:^|[\s,])ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*,?\s*nam\s*|\s*[/.-]\s*)(\d{4}|\d{2})(?!\d)/;
// "Khánh An, 27 tháng 02 năm 2023": the same without "ngày", only right after the place's comma (or alone).
const NO_DAY_WORD = /(?:^|,)\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4}|\d{2})(?!\d)/;
const NUMBERS = /(?:^|[\s,])ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/;
const MONTH_WORDS = new RegExp(`(?:^|[\\s,])ngay\\s+(\\d{1,2})\\s+thang\\s+(${MONTH_WORD})\\s+nam\\s+(\\d{4})\\b`);
// A labelled date under the title: "Ngày gửi: 27/02/2023", "Ngày lập danh sách: 27/02/2023".
const LABELLED = /^ngay\s+(?:gui|lap|ky)(?:\s+danh\s+sach)?\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

// A sentence that cites another document by its number ("Thực hiện Kế hoạch số 39-KH/HU, ngày 20/12/2021 của …"):
// that date is the cited document's.
const CITES = /^(?:thuc hien|can cu|theo|trien khai)\b|\b(?:ke hoach|huong dan|quyet dinh|cong van|chi thi|nghi quyet|thong bao|thong tri|ket luan|van ban) so\b/;

/**
 * The date a date line states; undefined for any other text, a blank "ngày … tháng … năm" or an impossible date.
 * A cell holding only a date is one too (a real date shown as "An Bình, ngày 27 tháng 02 năm 2023" by its number
 * format, or typed bare beside "…, ngày"): where it is one is the caller's to say (under the table, in the title).
 */
export function dateLineDate(text: string): CalendarDate | undefined {
  return dateLine(text)?.date;
}

/**
 * The date and whether the text is a date line of its own: a place and the date ("Long Bình, ngày 27 tháng 02 năm
 * 2023"), or the date alone. A sentence that mentions a date ("Ghi chú: … thông qua tại cuộc họp ngày 10/02/2023",
 * "(Danh sách này thay thế danh sách gửi ngày 15/02/2023)") gives one only when no line of its own does.
 */
function dateLine(text: string): { date: CalendarDate; own: boolean } | undefined {
  const bare = fullDateText(text) ?? placeAndDate(text) ?? placeAndCellDate(text);
  // A list is dated in this century: "Lê Thị Hoa, 15/05/1983" is a name and a birth date.
  if (bare && bare.y >= 2000) return { date: bare, own: true };
  // A row of a list never starts with a date line's place name being a number ("12. Ông …, ngày …").
  if (/^\s*\d/.test(text) || text.length > 200) return undefined;
  const k = stripDiacritics(text.toLowerCase());
  const labelled = LABELLED.exec(k.trim());
  if (labelled) {
    const [d, mo, y] = [Number(labelled[1]), Number(labelled[2]), Number(labelled[3])];
    return isValidDate(y, mo, d) ? { date: { y, m: mo, d }, own: true } : undefined;
  }
  const m = wordsDate(k);
  if (!m || !isValidDate(m.y, m.m, m.d)) return undefined;
  return { date: { y: m.y, m: m.m, d: m.d }, own: ownLine(k, m.at) };
}

/** The day, month and year a key's words or numbers write (maybe no real date), and where they start. */
function wordsDate(k: string): { y: number; m: number; d: number; at: number } | undefined {
  const named = MONTH_WORDS.exec(k);
  const m = WORDS.exec(k) ?? NUMBERS.exec(k) ?? named ?? NO_DAY_WORD.exec(k);
  if (!m) return undefined;
  const year = m[3] ?? '';
  // A two-digit year only ever means this century in these lists (as in a cell).
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  return { y, m: m === named ? monthOf(m[2] ?? '') : Number(m[2]), d: Number(m[1]), at: m.index };
}

/**
 * What comes before the date: nothing, a place set off by a comma ("Xã An Bình, huyện An Phú, ngày …"), or a place
 * of a few words ("An Bình ngày …"); a sentence ("… thông qua ngày 10/02/2023") is no line of its own.
 */
function ownLine(k: string, at: number): boolean {
  const before = k.slice(0, at).trim();
  const words = before.split(/\s+/).length;
  return !/[:()]/.test(before) && !CITES.test(before) && !k.trimStart().startsWith('(') && (before === '' || words <= 4 || (before.includes(',') && words <= 12));
}

// "ngày … tháng … năm 2023": the day and the month both left blank.
const BLANK_DAY_MONTH = /(?:^|[\s,])ngay[\s.…_]*thang[\s.…_]*nam\s+(\d{4})\b/;

/**
 * A date line of its own that dates nothing: a day that does not exist («ngày 30 tháng 02 năm 2023»: 'impossible'),
 * or its day ('no-day'), or its day and month ('no-day-month'), left blank to be written by hand. Undefined for any
 * other text.
 */
export function unreadDateLine(text: string): 'impossible' | 'no-day' | 'no-day-month' | 'month-only' | undefined {
  if (/^\s*\d/.test(text) || text.length > 200 || !/ng[aà]y|th[aá]ng/i.test(stripDiacritics(text))) return undefined;
  const k = stripDiacritics(text.toLowerCase());
  const m = wordsDate(k);
  if (m) return m.y >= 2000 && !isValidDate(m.y, m.m, m.d) && ownLine(k, m.at) ? 'impossible' : undefined;
  const month = MONTH_ONLY.exec(k);
  if (month) return ownLine(k, month.index) ? 'month-only' : undefined;
  const blank = BLANK_DAY.exec(k);
  if (blank) return ownLine(k, blank.index) ? 'no-day' : undefined;
  const both = BLANK_DAY_MONTH.exec(k);
  return both && ownLine(k, both.index) ? 'no-day-month' : undefined;
}

// "Ngày gửi: 27/02/2023": the date the guideline's deadline is about ("gửi về … trước ngày").
const SENT = /^ngay\s+gui\b/;

/**
 * The date of a list from the lines under its table (`under`: the signature block) and above it (`above`: the title
 * block). A list may write several (a draft line left above the signed one, «Ngày gửi: …» under the title): the sent
 * date decides, as the deadline is about sending; else the signature's, the last line of its own under the table;
 * else the first of the title block; else a sentence's date, as before. The others are kept to be named.
 */
export function listDateLine(under: readonly string[], above: readonly string[]): { date: CalendarDate; of?: DateLineOf } | undefined {
  const own = (texts: readonly string[]) =>
    texts.flatMap((text) => {
      const d = dateLine(text);
      return d?.own ? [{ date: d.date, text, sent: SENT.test(stripDiacritics(text.trim().toLowerCase())) }] : [];
    });
  const below = own(under);
  const top = own(above);
  const sent = [...top, ...below].find((x) => x.sent);
  const last = below[below.length - 1];
  const fallback = sent || last ? undefined : (firstDateLine(under) ?? firstDateLine(above));
  const inTitle = fallback && top.find((x) => sameDate(x.date, fallback));
  const picked = sent ?? last ?? inTitle ?? (fallback ? { date: fallback, text: undefined } : undefined);
  if (!picked) return undefined;
  const others: OtherDate[] = [];
  for (const x of [...top, ...below]) if (!sameDate(x.date, picked.date) && !others.some((o) => sameDate(o.date, x.date))) others.push({ date: x.date, text: x.text });
  if (!others.length) return { date: picked.date };
  const by = sent ? 'sent' : last ? 'signature' : inTitle ? 'title' : 'sentence';
  return { date: picked.date, of: { by, ...(picked.text ? { text: picked.text } : {}), others } };
}

const sameDate = (a: CalendarDate, b: CalendarDate): boolean => a.y === b.y && a.m === b.m && a.d === b.d;

/** The first date line among texts: the first of its own, else the first sentence's date. */
export function firstDateLine(texts: Iterable<string>): CalendarDate | undefined {
  let mentioned: CalendarDate | undefined;
  for (const t of texts) {
    const d = dateLine(t);
    if (d?.own) return d.date;
    mentioned ??= d?.date;
  }
  return mentioned;
}

/** A date line of its own ("An Bình, ngày 20 tháng 02 năm 2023", its day maybe left blank), not a sentence with a date. */
export function isOwnDateLine(text: string): boolean {
  return dateLine(text)?.own === true || firstBlankDayLine([text]) !== undefined;
}

/** The month of a date line whose day is left blank, to be written by hand once printed. */
export interface MonthOfLine {
  y: number;
  m: number;
}

// "An Bình, ngày      tháng 03 năm 2023", "ngày ... tháng 3 năm 2023", "ngày …… tháng 02 năm 2023".
const BLANK_DAY = /(?:^|[\s,])ngay[\s.…_]*thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/;
// "Thanh Xuân, tháng 3 năm 2023": the month alone after the place (or alone), closing the line; not "… báo cáo tháng 3
// năm 2023" in a sentence, nor a title's "NĂM 2023".
const MONTH_ONLY = /(?:^|,)\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})\s*[.;]?\s*$/;

/** The first date line among texts that gives its month and year but leaves its day blank, or writes the month alone. */
export function firstBlankDayLine(texts: Iterable<string>): MonthOfLine | undefined {
  for (const t of texts) {
    if (/^\s*\d/.test(t) || t.length > 200) continue;
    const k = stripDiacritics(t.toLowerCase());
    const blank = BLANK_DAY.exec(k);
    const alone = blank ? undefined : MONTH_ONLY.exec(k);
    const m = blank ?? (alone && ownLine(k, alone.index) ? alone : undefined);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { y: Number(m[2]), m: Number(m[1]) };
  }
  return undefined;
}

/**
 * Each paragraph's clean text, one for each (an empty one ''), legacy fonts decoded as in a column of cells (by font,
 * else by their evidence).
 */
export function decodedParagraphs(cells: readonly Cell[] | undefined): string[] {
  if (!cells?.length) return [];
  const view = viewSheet({ name: '', rows: cells.map((c) => [c]), merges: [] });
  return cells.map((_, i) => view.text(i + 1, 1));
}

/** Paragraphs' clean texts, the empty ones left out. */
export function paragraphTexts(cells: Cell[] | undefined): string[] {
  return decodedParagraphs(cells).filter((t) => t);
}
