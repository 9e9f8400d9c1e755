/**
 * Telling exemplar rows from the rest of a table: group rows ("I. TẬP THỂ", "1. Đảng bộ xã A"), subtotals,
 * a repeated header, template rows holding only formula errors, and the signature block that ends the data.
 */
import { CalendarDate, fullDateText, placeAndDate } from '../dates';
import { placeAndCellDate } from '../dates/place-and-cell-date';
import { asciiKey, mayHaveAsciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { startsWithDigit } from '../text/digits';
import { memoize } from '../text/memo';
import type { Field } from './fields';
import { COLUMN_NUMBER, isColumnNumberRow, TableHeader } from './header';
import { isSectionHeading } from './section-labels';
import type { SheetView } from './sheet-view';

export type RowClass =
  /** `lone`: the row's only text besides its number, maybe a unit row (read with the units: reading/group-rows.ts). */
  | { type: 'data'; lone?: string }
  | { type: 'empty' }
  | { type: 'group'; label: string }
  | { type: 'subtotal' }
  | { type: 'signature' }
  /** `final`: closed by the documents' "./." mark, the end of the list whatever follows. */
  | { type: 'note'; final: boolean }
  /** A date alone: the list's date when nothing of the table follows it, else a row of the table. */
  | { type: 'date' }
  | { type: 'template' }
  | { type: 'header' };

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const NUMBERED = /^((?=[IVXLC]+[.)/\s])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|\d{1,2}|[A-Za-z])\s*[.)/:-]\s*(\S.*)$/;

const LOWER_ROMAN = /^([ivx]{1,4})\s*[.)/:-]\s*(\S.*)$/i;

/** "Tổng cộng: 5", "Cộng 12", "Tổng số điển hình": not "Công an xã …". */
export function isSubtotalText(text: string): boolean {
  // Most rows begin with their number (STT), which neither a subtotal nor a signature line does.
  if (startsWithDigit(text)) return false;
  const k = asciiKey(text);
  return (
    /^(tong cong|tong so|cong tong)( |$)/.test(k) ||
    /^(tong|cong)( \d.*)?$/.test(k) ||
    /^so luong \d+( (ca nhan|tap the|dien hinh|nguoi|don vi))?$/.test(k) ||
    isBlocTotal(k)
  );
}

/**
 * A unit's total in a master, by the unit's name or a count: "Cộng ĐB xã An Bình", "Cộng An Bình: 02", "Tổng đơn vị:
 * 2", "Tổng An Bình: 2", "Có 02 điển hình", "Gồm 02 cá nhân", "02 cá nhân". Not a collective named "Cộng đồng dân
 * cư …", "Tổng công ty …", nor "Công an xã …" (the tones tell "Cộng" from "Công").
 */
function isUnitTotalText(text: string): boolean {
  const t = text.normalize('NFC').toLocaleLowerCase('vi').trim();
  return (
    /^cộng\s+(?!(?:đồng|đoàn|tác|sự|hòa|hoà|hưởng|sản)(?:\s|$))\S/u.test(t) ||
    /^tổng\s+(?:số\s+)?(?:đảng bộ|đảng ủy|đảng uỷ|đu|đb|chi bộ|xã|phường|thị trấn|đơn vị|đv)(?:\s|:|$)/u.test(t) ||
    /^tổng\s+\S.*:\s*\d+$/u.test(t) ||
    /^(?:có|gồm)\s+\d+\s+(?:điển hình|cá nhân|tập thể|người)(?:\s|$)/u.test(t) ||
    /^\d+\s+(?:điển hình|cá nhân|tập thể)(?:\s+\S+)?$/u.test(t)
  );
}

/** A total word alone, with or without its colon: «Cộng», «Cộng:», «TỔNG CỘNG», «Tổng». */
const BARE_TOTAL = /^(cong|tong|tong cong|tong so|cong tong)$/;
const TOTAL_MAX = 12;
const TOTAL_START = /^\s*[CcTt]/;
const COUNT = /^\d+( (dien hinh|ca nhan|tap the|nguoi))?$/;

/**
 * A total numbered like a row: «3 | | Cộng», «3 | ĐU xã Nhơn Hội | Cộng:», «10 | Tổng cộng», the count in the STT
 * column. The row holds a bare total word and else only counts and the unit's name: no exemplar is named «Cộng».
 */
function isNumberedTotal(view: SheetView, shape: TableShape, texts: readonly string[], r: number): boolean {
  // A total word is short and starts «C» or «T»: other texts (names, years, achievements) are not keyed for it.
  if (!texts.some((t) => t.length <= TOTAL_MAX && TOTAL_START.test(t) && BARE_TOTAL.test(shape.keyOf(t)))) return false;
  let bare = false;
  for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (!t) continue;
    const k = shape.keyOf(t);
    if (BARE_TOTAL.test(k)) bare = true;
    else if (!(c === shape.sttCol || c === shape.unitCol || COUNT.test(k))) return false;
  }
  return bare;
}

/**
 * A units list's total of one bloc or part: "Cộng khối Đảng", "Tổng khối Mặt trận, đoàn thể", "Cộng (II)", "Cộng I",
 * "Số đơn vị khối Đảng: 2", "Khối Đảng có 2 đơn vị"; not a unit named "Công …" ("Công an xã": "cong an").
 */
function isBlocTotal(k: string): boolean {
  return (
    /^(tong|cong) (khoi|cum|nhom|phan) /.test(k) ||
    /^(tong|cong) (i{1,3}|iv|vi{0,3}|ix|xi{0,3})( \d+)?$/.test(k) ||
    /^so (luong )?don vi( |$)/.test(k) ||
    /^khoi .* co \d+ don vi$/.test(k)
  );
}

/** The first line of a signature block: "…, ngày … tháng … năm …", "T/M BAN THƯỜNG VỤ", "Người lập biểu". */
function isSignatureText(text: string): boolean {
  if (startsWithDigit(text)) return false;
  const k = asciiKey(text);
  if (/(^|\s)ngay( \S+)? thang( \S+)? nam\b/.test(k) && !/^\d/.test(k)) return true;
  // Typed in haste (trial17b #7): spaces left out ("ngày 27tháng 02năm 2023").
  if (/(^|\s)ngay ?(\d{1,2} ?)?thang ?(\d{1,2} ?)?nam\b/.test(k)) return true;
  // The date written in numbers: "An Bình, ngày 27/02/2023", "ngày 27-02-2023", "ngày 27 tháng 2/2023" (the key
  // has no "/" or "-" left).
  if (/^([a-z0-9 ]{1,60} )?ngay \d{1,2} (thang )?\d{1,2} \d{4}$/.test(k)) return true;
  if (/^(t m|tm|k t|kt|q|tl|t l|tuq)( |$)/.test(k) && /^(t\/m|tm\.|kt\.|k\/t|q\.|tl\.|t\/l|tuq\.)/i.test(text.trim())) return true;
  return /^(nguoi lap( bieu)?|noi nhan|xac nhan cua|thu truong( don vi)?|truong ban|pho truong ban|bi thu|pho bi thu|chu tich|ky ten|\(ky|ky,? ghi ro)/.test(k);
}

/**
 * A date line typed in haste without "ngày" (trial17b #7): after the place ("Khánh An, 27 tháng 02 năm 2023"), or the
 * month alone ("Thanh Xuân, tháng 3 năm 2023"), the line ending with the year. An achievement's line reads so too
 * ("Bằng khen của UBND tỉnh, tháng 3 năm 2022"): it dates the list only where no row of the table follows.
 */
function isHastyDateLine(text: string): boolean {
  return !startsWithDigit(text) && text.includes(',') && /^([a-z ]{1,60} )?(\d{1,2} ?)?thang \d{1,2} ?nam \d{2,4}$/.test(asciiKey(text));
}

/**
 * A note typed under the table: "Ghi chú: …", "Lưu ý: …", "Danh sách có 05 điển hình./.", "(Kèm theo …)",
 * "Trong đó: …", or any line closed by the documents' "./." mark.
 */
export function isNoteText(text: string): boolean {
  if (startsWithDigit(text)) return false;
  const t = text.trim();
  if (/\.\/\.$/.test(t)) return true;
  const k = asciiKey(t);
  if (/^(\* )?(ghi chu|luu y|chu y|chu thich)( |$)/.test(k) && /^[*\s]*[\p{L}\s]+:|^[*\s]*\p{L}+( \p{L}+)?\s*$/u.test(t)) return true;
  if (/^danh sach (nay )?(co|gom|tren)( |$)/.test(k)) return true;
  if (/^(an dinh|trong do)( |$)/.test(k) && /:|\.\/\.$/.test(t)) return true;
  return t.startsWith('(') && /^(kem theo|danh sach (nay )?(co|gom))( |$)/.test(k);
}

/** A group label's numbering removed: "II. CÁ NHÂN" → "CÁ NHÂN"; undefined when the text is not numbered. */
export function groupLabel(text: string): string | undefined {
  const m = NUMBERED.exec(text.trim());
  if (m) return (m[2] ?? '').trim();
  // A roman number in lower or mixed case («ii. cá nhân», «Ii. Cá nhân»: what a .VnTimeH «II. CÁ NHÂN» becomes
  // without its font) numbers a kind's heading only: «ii) ghi chú …» is a line of text.
  const lower = LOWER_ROMAN.exec(text.trim());
  return lower && ROMAN.test((lower[1] ?? '').toUpperCase()) && isKindLabel(lower[2] ?? '') ? (lower[2] ?? '').trim() : undefined;
}

/**
 * A kind as a heading names it, with its count or not: "I. TẬP THỂ", "Cá nhân (01):", "CÁ NHÂN: 01 người", "Về tập
 * thể (02)".
 */
export function isKindLabel(text: string): boolean {
  const k = asciiKey(text);
  return /^(ve )?(khoi |danh sach )?(cac )?(tap the|ca nhan|ho gia dinh|gia dinh)( dien hinh.*| \d{1,3}( (tap the|ca nhan|nguoi|dien hinh|dong chi))?)?$/.test(k);
}

/** A heading naming a phase, unnumbered: "GIAI ĐOẠN 2", "Giai đoạn 2023 - 2025", "ĐĂNG KÝ BỔ SUNG", "BỔ SUNG NĂM 2024". */
function isPhaseHeading(text: string): boolean {
  const k = additionKey(text);
  return /^(giai doan|gd) (1|2|i|ii|mot|hai|\d{4})( |$)/.test(k) || /^((dang ky|danh sach|dien hinh) )*bo sung( |$)/.test(k);
}

// Shared answers: one is given for nearly every row of a list.
const DATA: RowClass = { type: 'data' };
const EMPTY: RowClass = { type: 'empty' };
const SUBTOTAL: RowClass = { type: 'subtotal' };

// No test below tells apart rows of more distinct texts than this (at most three, one of them maybe the STT): a data
// row stops being read here after its first few cells.
const ENOUGH_TEXTS = 4;

type HeaderKey = { c: number; length: number; key: string };

/** What classifying a table's rows needs of its header, worked out once per table. */
interface TableShape {
  keys: readonly HeaderKey[];
  sttCol: number | undefined;
  unitCol: number | undefined;
  noteCol: number | undefined;
  /** A short cell's key, made once per text: the same few ("Nam", "Nữ") come up row after row. */
  keyOf: (text: string) => string;
}

/**
 * The classifier of one table's rows: what a repeated header row would show is worked out once per table, and the
 * row's distinct texts are gathered anew for each row into one array rather than a new one per row.
 */
export type RowClassifier = (view: SheetView, r: number) => RowClass;

export function rowClassifier(header: TableHeader): RowClassifier {
  // Parent labels of a two-level header are "Năm sinh – Nam": the top row repeats the parent.
  const keys: HeaderKey[] = [...header.labels].map(([c, label]) => ({ c, length: label.length, key: asciiKey(label.split(' – ')[0] ?? '') }));
  const shape: TableShape = {
    keys,
    sttCol: header.columns.get('stt' as Field),
    unitCol: header.columns.get('unit' as Field),
    noteCol: header.columns.get('note' as Field),
    keyOf: memoize(asciiKey),
  };
  const texts: string[] = [];
  return (view, r) => {
    texts.length = 0;
    return classify(view, shape, texts, r);
  };
}

/** A list is dated in this century: "Lê Thị Hoa, 15/05/1983" is a name and a birth date. */
const listDated = (d: CalendarDate | undefined): boolean => d !== undefined && d.y >= 2000;

function classify(view: SheetView, shape: TableShape, texts: string[], r: number): RowClass {
  const { sttCol } = shape;
  let firstCol = 0;
  for (let c = 1; c <= view.colCount && texts.length < ENOUGH_TEXTS; c++) {
    const t = view.text(r, c);
    if (t && !texts.includes(t)) {
      texts.push(t);
      if (!firstCol) firstCol = c;
    }
  }
  if (texts.length === 0) return hasErrorCell(view, r) ? { type: 'template' } : EMPTY;

  const first = texts[0] as string;
  if (isSignatureText(first) && texts.length <= 3) return { type: 'signature' };
  // "Long Bình, ngày" with the date in the next cell (a real date, or typed).
  if (texts.length === 2 && /(^| )ngay$/.test(asciiKey(first)) && fullDateText(texts[1] as string)) return { type: 'signature' };
  // A date alone (a real date whose number format shows the whole date line, or a bare date), or a place and a date
  // without "ngày" ("Vĩnh Hậu, 27/02/2023"; a name and a birth date can look so too): the list's date only where no
  // row of the table follows.
  if ((texts.length === 1 && fullDateText(first)) || (texts.length <= 2 && listDated(placeAndDate(first) ?? placeAndCellDate(first)))) return { type: 'date' };
  if (texts.length <= 3 && isHastyDateLine(first)) return { type: 'date' };
  if (isSubtotalText(first)) return SUBTOTAL;
  // A note under the table is typed anywhere but in the table's own note column (that is a row's note).
  if (texts.length <= 3 && firstCol !== shape.noteCol && isNoteText(first)) return { type: 'note', final: /\.\/\.$/.test(first.trim()) };

  // A label merged across the row covers the STT cell too: it is then no number.
  const sttMerge = sttCol ? view.mergeAt(r, sttCol) : undefined;
  const stt = sttCol && !(sttMerge && sttMerge.right > sttMerge.left) ? view.text(r, sttCol) : '';
  // The texts but the STT: how many, and the first. (Texts are distinct, so at most one is the STT.)
  const restCount = stt && texts.includes(stt) ? texts.length - 1 : texts.length;
  const restFirst = texts[0] === stt ? texts[1] : texts[0];

  // A unit's total stands alone in its row, or after the unit's name in a master's unit column; a count may follow.
  if (!stt && texts.length <= 3) {
    const at = texts.findIndex((t, i) => i <= 1 && (isUnitTotalText(t) || (i === 1 && isSubtotalText(t))));
    if (at >= 0 && texts.slice(at + 1).every((t) => /^\d+$/.test(t))) return SUBTOTAL;
  }

  if (stt && isNumberedTotal(view, shape, texts, r)) return SUBTOTAL;
  // Only a number in the STT column: an unfilled template row.
  if (stt && restCount === 0 && /^\d+\.?$/.test(stt)) return EMPTY;
  // The columns' numbers again ("1 | 2 | 3", "(1) | (2)", "A | B | C"), under a header typed again on the next page.
  if (texts.length >= 2 && COLUMN_NUMBER.test(first) && COLUMN_NUMBER.test(texts[1] as string) && isColumnNumberRow(view, r)) return { type: 'header' };
  // "II", "B", "B)", "b." in the STT cell: a group's number.
  const groupNumber = stt && restCount <= 1 ? stt.replace(/[.)]$/, '') : '';
  if (groupNumber && (ROMAN.test(groupNumber) || /^[A-Z]$/.test(groupNumber) || (groupNumber !== stt && /^[a-z]$/.test(groupNumber))))
    return { type: 'group', label: restFirst ?? stt };

  // A label spread over most of the row by a merge is a group row, however it is numbered.
  const m = restCount === 1 ? view.mergeAt(r, firstCol) : undefined;
  if (m && m.top === r && m.right - m.left >= 2) {
    const label = restFirst as string;
    return { type: 'group', label: groupLabel(label) ?? label };
  }
  if (texts.length === 1) {
    const label = groupLabel(first);
    if (label) return { type: 'group', label };
    if (isKindLabel(first) || isSectionHeading(first)) return { type: 'group', label: first };
    if (isPhaseHeading(first)) return { type: 'group', label: first };
  }
  if (isRepeatedHeader(view, shape, r)) return { type: 'header' };
  // One text besides the number ("ĐẢNG ỦY XÃ TÂN LẬP" in the STT column, "3 | Hội LHPN huyện"): maybe a unit row.
  if (restCount === 1 && restFirst) return isKindLabel(restFirst) || isSectionHeading(restFirst) ? { type: 'group', label: restFirst } : { type: 'data', lone: restFirst };
  if (restCount === 0 && stt) return { type: 'data', lone: stt };
  return DATA;
}

/** A row without text holding a formula error (a template's "#REF!"). */
function hasErrorCell(view: SheetView, r: number): boolean {
  for (let c = 1; c <= view.colCount; c++) if (view.cell(r, c)?.t === 'e') return true;
  return false;
}

function isRepeatedHeader(view: SheetView, { keys, keyOf }: TableShape, r: number): boolean {
  const needed = Math.max(2, Math.ceil(keys.length / 2));
  let same = 0;
  for (let k = 0; k < keys.length; k++) {
    // Too few columns left to make it a header: a data row is let go halfway.
    if (same + keys.length - k < needed) return false;
    const { c, length, key } = keys[k] as HeaderKey;
    const t = view.text(r, c);
    if (t && t.length <= length && mayHaveAsciiKey(t, key) && keyOf(t) === key) same++;
  }
  return same >= needed;
}
