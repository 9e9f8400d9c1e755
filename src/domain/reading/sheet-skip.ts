/**
 * Sheets that are not data (SHEET_SKIPPED): instructions and examples, named so ("Hướng dẫn", "HD", "Ví dụ",
 * "Cách ghi") or titled so ("HƯỚNG DẪN CÁCH GHI"), even when they hold a header-like row; a "Mẫu" (template) sheet
 * when its workbook has the real table of the same kind elsewhere (units often fill a sheet named "Mẫu 01"); and,
 * in a workbook that has tables, a sheet with text but none.
 */
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey } from '../text';
import type { RecognizedTable } from './recognize';
import { isExampleRow, isInstruction, isPlaceholderName, isWritingLine } from './template-rows';

export interface SkipReason {
  why: 'name' | 'title';
  /** The sheet name or the title that gave it away. */
  text: string;
}

// Sheet names, as keys: whole words, so that "HĐND" ("hdnd") or "Mẫu giáo" is not taken for "HD" or "Mẫu".
const INSTRUCTION_NAMES = /^(huong ?dan|hd|vi ?du|cach ?ghi|giai thich|chu thich|luu y|hdsd)( |$)/;
const TEMPLATE_NAME = /^mau( (so )?\d+.*| dang ky| danh sach| dk| ds)?$/;
// Titles above a header: "HƯỚNG DẪN CÁCH GHI", "VÍ DỤ", "CÁCH GHI DANH SÁCH"; not "Hướng dẫn số 15-HD/BTGHU".
const INSTRUCTION_TITLES = /^(huong dan(?! so( |$))|vi du|cach ghi|mau ghi)( |$)/;

// «HĐ» (Huyện đoàn, Hoạt động) is no «HD»: the name is weighed with its «Đ» («Ð» typed for it too).
const WITH_D_BAR = /^\s*h\s*[đð]/iu;

/** An instructions or examples sheet by its name. */
export function instructionSheetName(view: SheetView): SkipReason | undefined {
  const k = asciiKey(view.name);
  if (!INSTRUCTION_NAMES.test(k) || (k.startsWith('hd') && WITH_D_BAR.test(view.name))) return undefined;
  return { why: 'name', text: view.name };
}

/**
 * A table on a sheet named as instructions that lists exemplars after all: a row naming someone, not the form's example
 * (a placeholder «Nguyễn Văn A», «Chi bộ …», a line to write on, «(Ghi họ tên)», a row marked «VD»). The sheet is then
 * read: a unit may call its list's sheet anything.
 */
export function listsExemplars(table: RecognizedTable): boolean {
  const { view, header } = table;
  const nameCol = header.columns.get('name');
  if (header.kind !== 'registrations' || nameCol === undefined) return false;
  const sttCol = header.columns.get('stt');
  return table.rows.some((dr) => {
    const name = view.text(dr.r, nameCol);
    if (!name || isInstruction(name) || isWritingLine(name) || isPlaceholderName(name) || /…|\.\.\./.test(name)) return false;
    const others = () => Array.from({ length: view.colCount }, (_, i) => (i + 1 === nameCol ? '' : view.text(dr.r, i + 1)));
    if (others().some((t) => /^(vd|vi du)$/.test(asciiKey(t)))) return false;
    return !isExampleRow(sttCol === undefined ? '' : view.text(dr.r, sttCol), name, others);
  });
}

/** A sheet named as the template's own ("Mẫu", "Mẫu số 01"): read unless the real table is elsewhere. */
export function isTemplateSheetName(view: SheetView): boolean {
  return TEMPLATE_NAME.test(asciiKey(view.name));
}

/**
 * An instructions sheet by the title rows above its header: a heading (capitals, or a few words without a colon),
 * not a remark a real list makes above its table ("(Hướng dẫn ghi: mỗi dòng một điển hình)").
 */
export function instructionTitle(titleTexts: readonly string[]): SkipReason | undefined {
  const title = titleTexts.find((t) => INSTRUCTION_TITLES.test(asciiKey(t)) && isHeading(t));
  return title === undefined ? undefined : { why: 'title', text: title };
}

function isHeading(text: string): boolean {
  const t = text.trim();
  if (/^[(\-–*]/.test(t) || t.includes(':')) return false;
  return t === t.toLocaleUpperCase('vi') || t.split(' ').length <= 8;
}

/** True when the sheet holds any text at all (an empty "Sheet2" is not worth a word). */
export function hasText(view: SheetView): boolean {
  for (let r = 1; r <= view.rowCount; r++) for (let c = 1; c <= view.colCount; c++) if (view.text(r, c)) return true;
  return false;
}

/** Rows looked at for a sheet's title or header. */
const TOP_ROWS = 10;

/**
 * A sheet about the units' nurturing plans (R6) by its name or its first rows ("KH bồi dưỡng", "Kế hoạch bồi dưỡng,
 * nhân rộng"), that no plan table could be read from: said so, with what it lacks.
 */
export function plansSheet(view: SheetView): boolean {
  const about = (t: string) => /\b(?:kh|ke hoach)\b.*\b(?:boi duong|nhan rong)\b/.test(asciiKey(t));
  return about(view.name) || topTexts(view).some(about);
}

/** The texts of a sheet's first rows, where its title stands. */
export function topTexts(view: SheetView): string[] {
  const out: string[] = [];
  for (let r = 1; r <= Math.min(view.rowCount, TOP_ROWS); r++) for (let c = 1; c <= view.colCount; c++) if (view.text(r, c)) out.push(view.text(r, c));
  return out;
}
