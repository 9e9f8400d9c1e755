/**
 * Word documents without a list that units send with their lists: a report of achievements ("BÁO CÁO THÀNH TÍCH"),
 * minutes ("BIÊN BẢN họp xét chọn …"), a submission ("TỜ TRÌNH"), a letter ("V/v gửi danh sách …") — and their
 * implementation plan ("KẾ HOẠCH triển khai … điển hình tiên tiến"), typed as text. Their title says what they are:
 * none of them is a list sent wrongly, and the plan's date is the evidence of when the unit sent its plan (R12).
 */
import type { CalendarDate } from '../dates';
import { dateInText } from '../dates/parse-date';
import { asciiKey } from '../text';
import { dateLineDate, isOwnDateLine } from './date-line';

export interface DocumentTitle {
  /** An implementation plan of the movement's exemplar work, or another document that is no list. */
  kind: 'plan' | 'other';
  /** The title as written, its first line and the line that says what it is about. */
  title: string;
}

// Titles of administrative documents (Nghị định 30/2020/NĐ-CP lists them), and a letter's subject line.
const TITLE = /^(?:bao cao|to trinh|bien ban|ke hoach|cong van|quyet dinh|thong bao|giay moi|giay de nghi|tom tat thanh tich|v v)\b/;
/** A plan about the exemplars' work, not a plan of something else ("Kế hoạch tổ chức Đại hội"). */
const ABOUT_EXEMPLARS = /\b(?:dien hinh|tien tien|hoc tap va lam theo|boi duong|nhan rong)\b/;
/** A list's title: such a document is a list, read (or reported unreadable) as one. */
const LIST = /^danh sach\b/;
/** The texts above the title looked at: a letterhead, its number and date, the national motto. */
const TITLE_WITHIN = 12;

/** What a document without a table is, by its title; undefined when its title is a list's, or it has none. */
export function documentTitle(texts: readonly string[]): DocumentTitle | undefined {
  for (let i = 0; i < Math.min(texts.length, TITLE_WITHIN); i++) {
    const key = asciiKey(texts[i] ?? '');
    if (LIST.test(key)) return undefined;
    if (!TITLE.test(key)) continue;
    const next = texts[i + 1] ?? '';
    const title = [texts[i] ?? '', next].join(' ').trim();
    const plan = key.startsWith('ke hoach') && ABOUT_EXEMPLARS.test(`${key} ${asciiKey(next)}`);
    return { kind: plan ? 'plan' : 'other', title };
  }
  return undefined;
}

/**
 * The date a document bears: its date line ("An Bình, ngày 15 tháng 01 năm 2022"), else its number's date ("Số
 * 12-KH/ĐU ngày …"). A date its text mentions (the district's plan it carries out) is not its own.
 */
export function documentDate(texts: readonly string[]): CalendarDate | undefined {
  const line = texts.find((t) => isOwnDateLine(t));
  const date = line === undefined ? undefined : dateLineDate(line);
  if (date) return date;
  for (const t of texts.slice(0, TITLE_WITHIN)) if (/^so\b/.test(asciiKey(t))) return dateInText(t);
  return undefined;
}
