/**
 * Several tables on one sheet, one under the other, each with its own header row ("STT | Tên tập thể | Thành tích"
 * over "STT | Họ và tên | Năm sinh | Thành tích"): where a table ends and the next begins; and lists of their own one
 * under another (an addition under its own title, a compiler's pasted lists), each with its title and date line.
 */
import type { Field, FieldIndex, TableKind } from '../recognition/fields';
import { headerAt, TableHeader } from '../recognition/header';
import { rowClassifier } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey, mayHaveAsciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { startsWithDigit } from '../text/digits';
import { type GroupedRow, reserveIn } from './group-rows';

/** Two headers reading the same columns as the same fields: one table's header, repeated after a page break. */
export function sameColumns(a: TableHeader, b: TableHeader): boolean {
  if (a.kind !== b.kind || a.columns.size !== b.columns.size) return false;
  for (const [f, c] of a.columns) if (b.columns.get(f) !== c) return false;
  return true;
}

// The columns a header row begins with: a cell of one of these is what tells a header row from a data row.
const LEADING_FIELDS = new Set<Field>(['stt', 'name', 'unit', 'kind']);

/**
 * A cheap test of a row inside a table: could it be another table's header? Only a header label in the table's STT
 * column, its name column or the first column makes it one worth reading whole; a row numbered in its STT column
 * is a data row at once.
 */
export function headerRowTest(view: SheetView, header: TableHeader, idx: FieldIndex): (r: number) => boolean {
  const keys: string[] = [];
  for (const [k, f] of idx) if (LEADING_FIELDS.has(f)) keys.push(k);
  const keySet = new Set(keys);
  const maxLength = Math.max(...keys.map((k) => k.length)) + 10;
  const sttCol = header.columns.get('stt');
  const cols = [...new Set([sttCol, header.columns.get('name'), header.columns.get('unit'), 1])].filter((c): c is number => c !== undefined);
  return (r) => {
    if (sttCol !== undefined && startsWithDigit(view.text(r, sttCol))) return false;
    for (const c of cols) {
      const t = view.text(r, c);
      if (!t || t.length > maxLength || startsWithDigit(t)) continue;
      if (keys.some((k) => mayHaveAsciiKey(t, k)) && keySet.has(asciiKey(t))) return true;
    }
    return false;
  };
}

/**
 * The header of a table above the sheet's best header (a smaller table stacked over it: the collectives over the
 * individuals), if there is one: a header of the same kind with numbered, named rows under it before the best one.
 */
export function headerAbove(view: SheetView, indexes: Record<TableKind, FieldIndex>, best: TableHeader): TableHeader | undefined {
  for (let r = 1; r < best.row; r++) {
    // A units list over a master's registrations on one sheet is a table of its own too.
    const h = headerAt(view, r, indexes, best.kind) ?? (best.kind === 'registrations' ? headerAt(view, r, indexes, 'units') : undefined);
    if (h && h.dataStart < best.row && !sameColumns(h, best) && hasNumberedRow(view, h, best.row)) return h;
  }
  return undefined;
}

/** Whether a numbered, named row stands under the header before row `until`. */
function hasNumberedRow(view: SheetView, h: TableHeader, until: number): boolean {
  const stt = h.columns.get('stt');
  const name = h.columns.get('name') ?? h.columns.get('unit');
  if (stt === undefined || name === undefined) return false;
  const classify = rowClassifier(h);
  for (let x = h.dataStart; x < until; x++) {
    if (classify(view, x).type === 'data' && startsWithDigit(view.text(x, stt)) && view.text(x, name)) return true;
  }
  return false;
}

/**
 * A list's own title, maybe numbered: "DANH SÁCH BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024", "ĐĂNG KÝ BỔ SUNG", "II. BỔ
 * SUNG GIAI ĐOẠN 2023 - 2025". `addition`: only one of a list added to the one above (not "DANH SÁCH CÁ NHÂN").
 */
function isListTitle(text: string, addition: boolean): boolean {
  const k = additionKey(text).replace(/^([ivx]+|[a-z]|\d{1,2})[.)]? /, '');
  if (!/^(danh sach|dang ky|bo sung|giai doan|gd)( |$)/.test(k) || PAST_LIST.test(k)) return false;
  if (!/(^| )(bo sung|dang ky)( |$)/.test(k) && NOT_REGISTERING.test(k)) return false;
  return !addition || /(^| )(bo sung|(giai doan|gd|dot) (2|ii|hai))( |$)/.test(k);
}

// Lists a unit may type under its registrations that register no one: past awards; unless it says it registers or
// adds ("ĐỀ XUẤT BỔ SUNG"), a proposal for commendation, a nurturing plan's, units dissolved or not yet sent, a reserve.
const PAST_LIST = /(^| )(da (duoc|dat|nhan|co)|duoc (khen|bieu duong|tuyen duong))( |$)/;
const NOT_REGISTERING = /(^| )(de nghi|de xuat|boi duong|xay dung|ke hoach|giai the|sap nhap|chua gui|khong giao|du phong)( |$)/;

/**
 * A list of its own under the end of the one above (a unit's additions of a later year typed under its first list,
 * with their own title, header and date line; a compiler's lists pasted one under another): its header and the row
 * of its title, when a list's title stands over a header of the same kind with numbered rows under it.
 */
export function titledTableBelow(
  view: SheetView,
  from: number,
  indexes: Record<TableKind, FieldIndex>,
  kind: TableKind,
): { header: TableHeader; titleRow: number } | undefined {
  let titleRow: number | undefined;
  for (let r = from + 1; r <= view.rowCount; r++) {
    if (titleRow === undefined) {
      // A reserve's list ("DANH SÁCH DỰ PHÒNG") is read too, as the reserve: its rows are then said not to be proposed.
      for (let c = 1; c <= view.colCount && titleRow === undefined; c++) if (isListTitle(view.text(r, c), false) || reserveIn([view.text(r, c)])) titleRow = r;
      continue;
    }
    const header = headerAt(view, r, indexes, kind);
    if (header) return hasNumberedRow(view, header, view.rowCount + 1) ? { header, titleRow } : undefined;
  }
  return undefined;
}

/** The names and birth years of a list's rows, in order: two lists of the same rows are one list printed twice. */
export function rowsKey(tables: readonly { view: SheetView; header: TableHeader; rows: readonly { r: number }[] }[]): string {
  return tables
    .flatMap(({ view, header, rows }) => {
      const name = header.columns.get('name');
      const year = header.columns.get('birthYear');
      return name === undefined ? [] : rows.map((row) => `${view.text(row.r, name)}\u0000${year === undefined ? '' : view.text(row.r, year)}`);
    })
    .join('\u0001');
}

/**
 * The row of an addition's own title ("DANH SÁCH BỔ SUNG … NĂM 2024", "II. BỔ SUNG GIAI ĐOẠN 2") between the last
 * row read and the header at `r`, if one is there.
 */
export function additionTitleAbove(view: SheetView, r: number, found: readonly GroupedRow[]): number | undefined {
  let i = found.length - 1;
  for (let x = r - 1; x >= 1; x--) {
    while (i >= 0 && (found[i] as GroupedRow).r > x) i--;
    const row = found[i];
    const read = row?.r === x;
    // A lone text read as a row may be the title itself; any other row read is the list's.
    if (read && (row.lone === undefined || !isListTitle(row.lone, true))) return undefined;
    for (let c = 1; c <= view.colCount; c++) if (isListTitle(view.text(x, c), true)) return x;
    if (x <= (found[0]?.r ?? 0)) return undefined;
  }
  return undefined;
}
