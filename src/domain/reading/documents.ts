/**
 * Documents that units send with their lists: a report of achievements ("BÁO CÁO THÀNH TÍCH"), minutes ("BIÊN BẢN
 * họp xét chọn …", with its vote table), a submission ("TỜ TRÌNH"), a letter ("V/v gửi danh sách …"), a nurturing
 * plan — and their implementation plan ("KẾ HOẠCH triển khai … điển hình tiên tiến"). Their title says what they
 * are: none of them is a list sent wrongly, a table under such a title lists no registrations (who got how many
 * votes, what a plan's tasks are), and the implementation plan's date is the evidence of when the unit sent it (R12).
 */
import type { CalendarDate } from '../dates';
import { dateInText } from '../dates/parse-date';
import { asciiKey } from '../text';
import { dateLineDate, isOwnDateLine } from './date-line';

export interface DocumentTitle {
  /**
   * An implementation plan of the movement's exemplar work (R12), a nurturing plan of the exemplars chosen (R6), or
   * another document that is no list.
   */
  kind: 'plan' | 'nurture' | 'other';
  /** The title as written, its first line and the line that says what it is about. */
  title: string;
}

// Titles of administrative documents (Nghị định 30/2020/NĐ-CP lists them), and a letter's subject line.
const TITLE = /^(?:bao cao|to trinh|bien ban|ke hoach|cong van|quyet dinh|thong bao|giay moi|giay de nghi|tom tat thanh tich|v v)\b/;
/**
 * The implementation plan of the exemplars' work (R12), not a plan of something else ("Kế hoạch tổ chức Đại hội"), nor
 * the nurturing plan of the exemplars chosen (R6, "Kế hoạch bồi dưỡng, nhân rộng").
 */
const ABOUT_EXEMPLARS = /\b(?:dien hinh|tien tien|hoc tap va lam theo)\b/;
const NURTURING = /\b(?:boi duong|nhan rong)\b/;
/** The nurturing plan says it nurtures ("bồi dưỡng"); a plan to hold an event that honours them is another plan. */
const NURTURE_PLAN = /\bboi duong\b/;
const EVENT = /\bto chuc (?:hoi nghi|hoi thi|le|buoi|dien dan|gap mat)\b/;
/** "Kế hoạch triển khai thực hiện việc lựa chọn, bồi dưỡng, nhân rộng …": the whole work, so the implementation plan. */
const IMPLEMENTING = /\b(?:trien khai|thuc hien|lua chon)\b/;
/** Titles of documents that may carry the list itself: a submission, a letter, a request. */
const CARRIES_LIST = /^(?:to trinh|cong van|v v|giay de nghi)\b/;
/** A list's title: such a document is a list, read (or reported unreadable) as one. */
const LIST = /^danh sach\b/;
/** The texts above the title looked at: a letterhead, its number and date, the national motto. */
const TITLE_WITHIN = 12;

/** Where a document's title is among its first lines (a list's title too); -1 when it has none. */
export function titleLine(texts: readonly string[]): number {
  for (let i = 0; i < Math.min(texts.length, TITLE_WITHIN); i++) {
    const key = asciiKey(texts[i] ?? '');
    if (LIST.test(key) || TITLE.test(key)) return i;
  }
  return -1;
}

/** What a document without a table is, by its title; undefined when its title is a list's, or it has none. */
export function documentTitle(texts: readonly string[]): DocumentTitle | undefined {
  const i = titleLine(texts);
  const key = asciiKey(texts[i] ?? '');
  if (i < 0 || LIST.test(key)) return undefined;
  const next = texts[i + 1] ?? '';
  const title = [texts[i] ?? '', next].join(' ').trim();
  const about = `${key} ${asciiKey(next)}`;
  const exemplars = key.startsWith('ke hoach') && ABOUT_EXEMPLARS.test(about);
  const plan = exemplars && (IMPLEMENTING.test(about) || !NURTURING.test(about));
  const nurture = exemplars && !plan && NURTURE_PLAN.test(about) && !EVENT.test(about);
  const kind = plan ? 'plan' : nurture ? 'nurture' : 'other';
  return { kind, title };
}

/**
 * A line that says a list of registrations, or of units and their quotas, follows: "DANH SÁCH đăng ký …", "Kết quả
 * đăng ký …", "… phân bổ chỉ tiêu …" — not a list of the exemplars a plan nurtures.
 */
const LIST_LINE = /\b(?:dang ky|chi tieu)\b|^danh sach\b(?!.*\b(?:boi duong|nhan rong|theo doi)\b)/;

/**
 * The title a table stands under, when it is a document's that lists no registrations ("BIÊN BẢN", "BÁO CÁO", "KẾ
 * HOẠCH") and no line between it and the table, nor its own subject line, says a list follows. A submission or a
 * letter carries the list.
 */
export function titleOverTable(textsAbove: readonly string[]): string | undefined {
  for (let i = textsAbove.length - 1; i >= 0; i--) {
    const key = asciiKey(textsAbove[i] ?? '');
    if (LIST_LINE.test(key)) return undefined;
    if (!TITLE.test(key)) continue;
    if (CARRIES_LIST.test(key)) return undefined;
    return [textsAbove[i] ?? '', textsAbove[i + 1] ?? ''].join(' ').trim();
  }
  return undefined;
}

/**
 * The title of a list of those already commended ("DANH SÁCH … được biểu dương, khen thưởng nhân dịp …", "… được
 * khen thưởng năm 2021"): a ceremony's list (this tool's own among them) or a year's record (R7), no registration.
 * A list proposing or registering ("đề nghị được biểu dương", "đăng ký") is read.
 */
export function commendedListTitle(textsAbove: readonly string[]): string | undefined {
  const keys = textsAbove.map((t) => asciiKey(t));
  if (keys.some((k) => /\b(?:de nghi|dang ky|de xuat|xet chon|lua chon)\b/.test(k))) return undefined;
  const i = keys.findIndex((k) => /\bduoc (?:bieu duong|khen thuong|tuyen duong)\b/.test(k));
  return i < 0 ? undefined : textsAbove[i];
}

/**
 * A table that points at other lists' rows ("Tệp | Trang | Dòng | … | Lý do không đưa vào danh sách"): a report on
 * lists, as this tool writes beside a ceremony list, never a list itself.
 */
export function isReportOnLists(labels: Iterable<string>): boolean {
  const keys = new Set([...labels].map((l) => asciiKey(l)));
  return keys.has('tep') && keys.has('dong');
}

/** A quota table's result columns ("Đã đăng ký (hợp lệ, giai đoạn 1)", "Kết quả"), as a compiled result has them. */
export function isQuotaResult(labels: Iterable<string>): boolean {
  const keys = [...labels].map((l) => asciiKey(l));
  return keys.includes('ket qua') && keys.some((k) => k.startsWith('da dang ky'));
}

/**
 * A table of votes ("Số phiếu đồng ý", "Tỷ lệ (%)") under no list's title: minutes of a meeting, not a list of
 * registrations (a "DANH SÁCH ĐĂNG KÝ" may give its nominees' votes in a column).
 */
export function isVoteTable(labels: Iterable<string>, textsAbove: readonly string[]): boolean {
  if (textsAbove.some((t) => LIST_LINE.test(asciiKey(t)))) return false;
  for (const label of labels) if (/^(?:so phieu|phieu dong y|ty le|ket qua (?:bieu quyet|bo phieu))\b/.test(asciiKey(label))) return true;
  return false;
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

/**
 * A title that says exemplars are listed ("DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN", "DANH SÁCH" over "đề nghị biểu
 * dương điển hình …"): under it a column of names alone is a list.
 */
export function isExemplarsListTitle(texts: readonly string[]): boolean {
  const k = texts.map((t) => asciiKey(t)).join(' ');
  if (OTHER_PEOPLE.test(k)) return false;
  return /\bdanh sach (?:\S+ ){0,3}?(?:dang ky|de nghi|de xuat|bieu duong|khen thuong|tuyen duong|dien hinh)\b/.test(k) && /\bdien hinh\b/.test(k);
}

// Lists of other people about exemplars: delegates, members of a council or committee, guests, cadres who follow them.
const OTHER_PEOPLE = /\b(?:dai bieu|thanh vien|can bo|ban chi dao|khach moi|hoi dong|to binh xet|giup do|theo doi)\b/;
