/** One sheet's table: its header, its exemplar rows with the group they sit in, and the title rows above. */
import { FieldIndex, TableKind } from '../recognition/fields';
import { findHeader, headerAt, isColumnNumberRow, isParentRowOver, TableHeader } from '../recognition/header';
import { groupLabel as numberedLabel, isKindLabel, RowClassifier, rowClassifier } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey } from '../text';
import type { CalendarDate, DateLineOf } from '../dates';
import { firstBlankDayLine, listDateLine, MonthOfLine } from './date-line';
import { assignGroups, GroupedRow, GroupRow, isUnitGroup, kindOfLabel, KindOfGroup, reserveIn, rowNumbering } from './group-rows';
import { SideBlock, sideBySideBlocks } from './side-by-side';
import { rowsGoOn, typedOnUnderNote } from './master-lines';
import { additionTitleAbove, headerAbove, headerRowTest, rowsKey, sameColumns, titledTableBelow } from './stacked-tables';

export type DataRow = GroupedRow;

export interface RecognizedTable {
  view: SheetView;
  header: TableHeader;
  rows: DataRow[];
  /** Texts of the rows above the header, top to bottom (title block). */
  titleTexts: string[];
  /** A Word table's paragraphs above it (its letterhead and title), top to bottom; also at the start of titleTexts. */
  paragraphsAbove?: string[];
  /** A Word table's paragraphs below it (date line, signature block), top to bottom. */
  paragraphsBelow?: string[];
  /** The date line of the signature block below the table (else of the title block): when the list was made. */
  dateLine?: CalendarDate;
  /** How the date line was chosen among the list's dates, and the others it writes (trial17b #8). */
  dateLineOf?: DateLineOf;
  /** The date line is the one under a list added below, the table's list having none of its own. */
  dateLineBelow?: true;
  /** Without a whole date line, the month of one whose day is left blank ("ngày      tháng 03 năm 2023"). */
  dateLineMonth?: MonthOfLine;
  /** The group rows among the data, and the kind the whole table holds: the groups are walked again with the units. */
  groups?: GroupRow[];
  baseKind?: KindOfGroup;
  /** Where the sheet's title block ends, for a table stacked under the sheet's first: its title block is the first's. */
  titleEnd?: number;
  /** A list's own heading rows, for a list under another on the sheet: its title block besides the sheet's. */
  headingRows?: { from: number; to: number };
  /**
   * The table's own heading under a list above it on the same sheet or in the same document ("DANH SÁCH BỔ SUNG …",
   * "II. BỔ SUNG GIAI ĐOẠN 2023 - 2025"); also at the end of titleTexts. What it says of the phase comes first.
   */
  headingTexts?: string[];
  /** The first column of a table beside another on the same rows (the second and later of tables side by side). */
  block?: number;
  /** The group its last rows are in: a table going on from it (a Word table split by a page break) goes on in it. */
  openGroup?: OpenGroup;
  /**
   * The list's reserve the whole table is under, named by a heading over it after a list above it ("III. DỰ PHÒNG",
   * "DANH SÁCH DỰ PHÒNG"), not by a group row inside it: each of its rows is, whatever group rows it holds.
   */
  reserve?: string;
}

export interface OpenGroup {
  kind?: KindOfGroup;
  label?: string;
}

/** The texts of the rows from `from` to `to` (the signature block under a table), row by row. */
function* textsFrom(view: SheetView, from: number, to = view.rowCount): Iterable<string> {
  for (let r = from; r <= to; r++) for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (t) yield t;
  }
}

/** The distinct texts of the rows from `from` to `to`, top to bottom. */
function textsOfRows(view: SheetView, from: number, to: number): string[] {
  return [...new Set(textsFrom(view, from, to))];
}

/** The kind a whole sheet holds, by its name or the title above its header, when it names only one. */
function tableKind(sheetName: string, titleTexts: readonly string[]): KindOfGroup | undefined {
  const byName = asciiKey(sheetName).replace(/^ds /, 'danh sach ');
  if (isKindLabel(byName)) return kindOfLabel(byName);
  for (const t of titleTexts) {
    const k = asciiKey(t);
    const m = /^danh sach (?:cac )?(tap the|ca nhan)( |$)/.exec(k);
    if (m && !(k.includes('tap the') && k.includes('ca nhan'))) return kindOfLabel(m[1] ?? '');
  }
  return undefined;
}

/**
 * After a note or a total, whether the table goes on: a group row, or a row of the table, follows before any
 * signature. After a note, a row of the table is a numbered one (an example typed under "Ghi chú" has no number);
 * after a total, a named one. A master grouped by unit may close each unit with "Tổng số: 03 điển hình", or note
 * something between rows; a unit's own list ends there, with only the signature (or a signer's name typed in some
 * column) under it.
 */
function tableGoesOn(view: SheetView, header: TableHeader, classifyRow: RowClassifier, from: number, row: 'numbered' | 'named'): boolean {
  const col = row === 'numbered' ? header.columns.get('stt') : header.columns.get('name');
  if (col === undefined) return false;
  for (let r = from + 1; r <= view.rowCount; r++) {
    const cls = classifyRow(view, r);
    if (cls.type === 'signature') return false;
    if (cls.type === 'group') return true;
    if (cls.type !== 'data') continue;
    const t = view.text(r, col);
    if (row === 'numbered' ? /^\d/.test(t) : t) return true;
  }
  return false;
}

/** The sheet's first table (see recognizeTables). */
export function recognizeTable(view: SheetView, indexes: Record<TableKind, FieldIndex>, kinds: TableKind[]): RecognizedTable | undefined {
  return recognizeTables(view, indexes, kinds)[0];
}

/** The kind a row right above the header gives the table under it ("I. TẬP THỂ" over the collectives' header). */
function kindRowAbove(view: SheetView, headerRow: number, left = 1, right = view.colCount): OpenGroup['kind'] {
  let text = '';
  for (let c = left; c <= right; c++) {
    const t = view.text(headerRow - 1, c);
    if (t && text && t !== text) return undefined;
    if (t) text = t;
  }
  return text ? kindOfLabel(numberedLabel(text) ?? text) : undefined;
}

/**
 * The first row of the header block the header row ends: a header read from the lower row of two ("Giới tính" over
 * "Nam | Nữ", the other labels merged down both rows) starts on the upper one, which is no title above the table; so
 * does one of three levels (a label merged down all three rows, or parents typed without merges over the header's
 * row: "Thông tin cá nhân | Thông tin cá nhân" over "Năm sinh | Chức vụ").
 */
function headerBlockTop(view: SheetView, header: TableHeader): number {
  let top = header.row;
  for (let c = 1; c <= view.colCount; c++) {
    const m = view.mergeAt(header.row, c);
    if (m && m.top < top && m.bottom >= header.row && m.bottom < header.dataStart) top = m.top;
  }
  while (top > 1 && isParentRowOver(view, top - 1)) top--;
  return top;
}

/**
 * The sheet's tables, top to bottom: usually one; several when tables are stacked, each with its own header row
 * (the later ones share the first's title block and date line).
 */
export function recognizeTables(view: SheetView, indexes: Record<TableKind, FieldIndex>, kinds: TableKind[], namesOnly = false): RecognizedTable[] {
  const best = findHeader(view, indexes, kinds, namesOnly);
  if (!best) return [];
  const header = headerAbove(view, indexes, best) ?? best;
  const top = headerBlockTop(view, header);
  const titleTexts: string[] = [];
  for (let r = 1; r < top; r++) {
    const seen = new Set<string>();
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (t && !seen.has(t)) {
        seen.add(t);
        titleTexts.push(t);
      }
    }
  }
  const side = header === best ? sideBySideBlocks(view, indexes, best) : undefined;
  if (side) return sideBySideTables(side, indexes, titleTexts);
  const above = top > 1 ? kindRowAbove(view, top) : undefined;
  return readTables(view, indexes, header, titleTexts, above ? { kind: above } : {}, header === best ? undefined : best);
}

/** Tables side by side, each read through its columns; the date line under any of them is the sheet's. */
function sideBySideTables(blocks: SideBlock[], indexes: Record<TableKind, FieldIndex>, titleTexts: string[]): RecognizedTable[] {
  const tables = blocks.flatMap(({ view, header, left, right }, i) => {
    const above = header.row > 1 ? kindRowAbove(view, header.row, left, right) : undefined;
    const read = readTables(view, indexes, header, titleTexts, above ? { kind: above } : {}, undefined);
    // The rows of the tables right of the first are told apart from its rows of the same numbers.
    return i === 0 ? read : read.map((t) => ({ ...t, block: left }));
  });
  const dated = tables.find((t) => t.dateLine);
  if (dated?.dateLine) {
    const { dateLine, dateLineOf } = dated;
    return tables.map((t) => (t.dateLine ? t : { ...t, dateLine, ...(dateLineOf ? { dateLineOf } : {}) }));
  }
  const dateLineMonth = tables.find((t) => t.dateLineMonth)?.dateLineMonth;
  return dateLineMonth ? tables.map((t) => ({ ...t, dateLineMonth })) : tables;
}

/** A table without a header that goes on from `previous` (a Word table split by a page break), read with its header. */
export function continuedTables(view: SheetView, indexes: Record<TableKind, FieldIndex>, previous: RecognizedTable): RecognizedTable[] {
  // The header's row of column numbers, repeated at the top of the page, is no row of the list.
  const dataStart = isColumnNumberRow(view, 1) ? 2 : 1;
  const tables = readTables(view, indexes, { ...previous.header, row: 0, dataStart }, [], previous.openGroup ?? {}, undefined);
  // A reserve's table goes on as the reserve.
  const { reserve } = previous;
  return reserve ? tables.map((t) => ({ ...t, reserve })) : tables;
}

/**
 * A numbered row of one text with rows of people under it that are not numbered ("1 | Khu phố 1", "1 | Hội LHPN
 * phường An Lạc", then " | Trần Thị Cúc | 1980 | …"): the heading of those rows, not an exemplar.
 */
function headingsOverUnnumbered(view: SheetView, header: TableHeader, found: readonly DataRow[]): GroupRow[] {
  const sttCol = header.columns.get('stt');
  const nameCol = header.columns.get('name');
  if (sttCol === undefined || nameCol === undefined) return [];
  const numbered = (r: number) => /^\d/.test(view.text(r, sttCol));
  const out: GroupRow[] = [];
  for (let i = 0; i < found.length; i++) {
    const row = found[i] as DataRow;
    if (row.lone === undefined || !numbered(row.r)) continue;
    let members = 0;
    let j = i + 1;
    for (; j < found.length && !numbered((found[j] as DataRow).r); j++) {
      const next = found[j] as DataRow;
      // A member: a name and more (a row typed on from the one above has no name; a lone name may be a collective).
      if (next.lone !== undefined || !view.text(next.r, nameCol)) break;
      members++;
    }
    const ended = j === found.length || numbered((found[j] as DataRow).r);
    if (members > 0 && ended) out.push({ r: row.r, label: row.lone });
  }
  return out;
}

/**
 * The rows of one text numbered in the rows' own run ("1 | Phòng Giáo dục và Đào tạo huyện" over "2 | Nguyễn Văn Hùng
 * | 1970 | …"), marked: under a unit's group row such a row is a collective exemplar, however like a unit it reads.
 * So are the rows of one text without a number right over a row numbered 1 ("Hội CCB" over "1 | Trần Văn Tư | …"),
 * or numbered over rows numbered under its number ("2 | Hội CCB" over "2.1 | …"): in a master of units they head a
 * unit's rows.
 */
function markLoneRows(view: SheetView, header: TableHeader, found: DataRow[], groups: readonly GroupRow[]): DataRow[] {
  const sttCol = header.columns.get('stt');
  if (sttCol === undefined || !found.some((row) => row.lone !== undefined)) return found;
  const numberOf = (row: DataRow | undefined) => (row ? /^(\d{1,4})\.?$/.exec(view.text(row.r, sttCol))?.[1] : undefined);
  return found.map((row, i) => {
    const next = found[i + 1];
    if (row.lone === undefined || next?.lone !== undefined) return row;
    const n = numberOf(row);
    // "2 | Hội Khuyến học huyện" over "2.1 | Trần Văn Tư | …": the heading of the rows numbered under its number.
    if (n !== undefined && next && new RegExp(`^${n}\\.0?1\\.?$`).test(view.text(next.r, sttCol))) return { ...row, headsRun: true };
    if (n !== undefined) return numberOf(next) === String(Number(n) + 1) ? { ...row, numberedOn: true } : row;
    const unnumbered = !/^\d/.test(view.text(row.r, sttCol));
    const firstOfRun = next !== undefined && Number(numberOf(next)) === 1 && !groups.some((g) => g.r > row.r && g.r < next.r);
    return unnumbered && firstOfRun ? { ...row, headsRun: true } : row;
  });
}

/**
 * The rows of the table under `first` and of any table stacked under it: a header of other columns met among the
 * rows starts a new table (`pending`: one already found further down). A list of its own under the first (its own
 * title, an addition's or under the first's signature) has its own heading and date line.
 */
function readTables(
  view: SheetView,
  indexes: Record<TableKind, FieldIndex>,
  first: TableHeader,
  titleTexts: string[],
  start: OpenGroup,
  pending: TableHeader | undefined,
): RecognizedTable[] {
  const tables: RecognizedTable[] = [];
  let header = first;
  // The lists on the sheet, one under another: the index of each one's first table and its first header's row, the
  // rows its date line is looked for in (from where its data ended to the next one's title), its own heading's texts
  // and the row that heading begins at.
  const lists: { from: number; top: number; endAt?: number; until?: number; heading?: string[]; headingFrom?: number }[] = [{ from: 0, top: first.row }];
  let listTitles = titleTexts;
  // A sheet of one kind ("Tập thể" / "Cá nhân", or titled "DANH SÁCH CÁ NHÂN …") is one group; group rows still win.
  let sheetKind = tableKind(view.name, listTitles);
  let baseKind = start.kind ?? sheetKind;
  // The group rows the table's rows are in: its own, and what goes on into it (the unit of the table it goes on from,
  // as a group row before all rows).
  let groups: GroupRow[] = start.label ? [{ r: 0, label: start.label }] : [];
  let found: DataRow[] = [];
  // Group rows since the last data row: they head what follows, a table stacked under this one too.
  let ahead: GroupRow[] = [];
  let classifyRow = rowClassifier(header);
  let mayBeHeader = headerRowTest(view, header, indexes[header.kind]);
  // The reserve a table stacked under the one above is headed by ("DANH SÁCH DỰ PHÒNG" over its own header).
  let reserve: string | undefined;
  const close = () => {
    found = markLoneRows(view, header, found, groups);
    const headings = headingsOverUnnumbered(view, header, found);
    if (headings.length) {
      found = found.filter((row) => !headings.some((g) => g.r === row.r));
      groups = [...groups, ...headings].sort((a, b) => a.r - b.r);
    }
    const rows = assignGroups(found, groups, baseKind, undefined, rowNumbering(view));
    const last = rows[rows.length - 1];
    const openGroup: OpenGroup = {
      ...(last?.groupKind ? { kind: { kind: last.groupKind, household: last.groupHousehold ?? false } } : baseKind ? { kind: baseKind } : {}),
      ...(last?.groupLabel ? { label: last.groupLabel } : {}),
    };
    const list = lists[lists.length - 1] as (typeof lists)[number];
    const table: RecognizedTable = { view, header, rows, titleTexts: listTitles, groups, openGroup };
    if (baseKind) table.baseKind = baseKind;
    if (reserve) table.reserve = reserve;
    if (tables.length > list.from) table.titleEnd = list.top;
    if (list.headingFrom !== undefined) {
      // A later list's title block: the sheet's, then its own heading.
      table.titleEnd = first.row;
      table.headingRows = { from: list.headingFrom, to: list.top - 1 };
    }
    if (list.heading) table.headingTexts = list.heading;
    tables.push(table);
  };
  const use = (next: TableHeader) => {
    found = [];
    header = next;
    classifyRow = rowClassifier(header);
    mayBeHeader = headerRowTest(view, header, indexes[header.kind]);
  };
  // A list of its own begins under the one above: its title at `titleRow`, the data above ended at `endAt`. `unitGoesOn`:
  // an addition typed on in the same list, the unit of the rows above goes on into it (a master's unit group row).
  const newList = (next: TableHeader, titleRow: number, endAt: number, unitGoesOn: boolean) => {
    found = found.filter((row) => row.r < titleRow);
    groups = groups.filter((g) => g.r < titleRow);
    close();
    const unitGroups = unitGoesOn ? groups.filter((g) => isUnitGroup(g.label)) : [];
    Object.assign(lists[lists.length - 1] as (typeof lists)[number], { endAt, until: titleRow - 1 });
    const heading = textsOfRows(view, titleRow, next.row - 1);
    // Its title block: what stands under the list above (a compiler's pasted list has its own letterhead over its title).
    lists.push({ from: tables.length, top: next.row, heading, headingFrom: unitGoesOn ? titleRow : endAt + 1 });
    listTitles = [...titleTexts, ...heading];
    // Its kind from its own title ("DANH SÁCH CÁ NHÂN" under "DANH SÁCH TẬP THỂ").
    sheetKind = tableKind(view.name, heading);
    baseKind = sheetKind;
    reserve = reserveIn(heading);
    groups = unitGroups;
    ahead = [];
    use(next);
  };
  for (let r = header.dataStart; r <= view.rowCount; r++) {
    let next = pending?.row === r ? pending : undefined;
    const cls = next ? undefined : classifyRow(view, r);
    // The data ends at a signature block or at a note under it; the date line is looked for from there.
    let ends = cls?.type === 'signature';
    // A note ends the data above it; one between the header and the first row only explains a column.
    if (cls?.type === 'note' && found.length && (cls.final || !tableGoesOn(view, header, classifyRow, r, 'numbered'))) {
      ends = !typedOnUnderNote(view, header, classifyRow, r, found[found.length - 1] as DataRow);
    }
    // A total under the list ends it when nothing of the table follows (a signer's name typed in some column is not).
    if (cls?.type === 'subtotal' && found.length && !tableGoesOn(view, header, classifyRow, r, 'named')) ends = true;
    // So does a date alone (the list's date), when no row of the table follows: numbered, or named where rows have
    // no number.
    const rowsAre = header.columns.has('stt') ? 'numbered' : 'named';
    if (cls?.type === 'date' && found.length && header.columns.has('name') && !tableGoesOn(view, header, classifyRow, r, rowsAre)) ends = true;
    if (ends) {
      // A table found further down is still read.
      if (pending) {
        r = pending.row - 1;
        continue;
      }
      // A unit's date line, signature or "./." pasted between units' rows of a master: the rows go on under it.
      const goesOn = found.length ? rowsGoOn(view, header, classifyRow, r, found[found.length - 1] as DataRow) : undefined;
      if (goesOn) {
        r = goesOn - 1;
        continue;
      }
      const below = header.kind === 'registrations' ? titledTableBelow(view, r, indexes, header.kind) : undefined;
      if (!below) {
        (lists[lists.length - 1] as (typeof lists)[number]).endAt = r;
        break;
      }
      newList(below.header, below.titleRow, r, false);
      r = header.dataStart - 1;
      continue;
    }
    if (cls?.type === 'group') {
      const g = { r, label: cls.label };
      groups.push(g);
      ahead.push(g);
      continue;
    }
    // A header right under the header is a second row of it, not a table of no rows.
    const h = !next && found.length && (cls?.type === 'header' || (cls?.type === 'data' && mayBeHeader(r))) ? headerAt(view, r, indexes, header.kind) : undefined;
    // Under an addition's own title ("DANH SÁCH BỔ SUNG … NĂM 2024"), the header begins a list of its own, dated under it.
    const titleRow = h && additionTitleAbove(view, r, found);
    if (h && titleRow) {
      newList(h, titleRow, titleRow, true);
      r = header.dataStart - 1;
      continue;
    }
    if (cls && cls.type !== 'data' && cls.type !== 'date') continue;
    if (h && !sameColumns(h, header)) next = h;
    if (next) {
      close();
      if (next === pending) pending = undefined;
      // The unit of the table above goes on into it, its kind does not, unless a group row over its header says it.
      groups = [...groups.filter((g) => !ahead.includes(g) && !kindOfLabel(g.label)), ...ahead];
      baseKind = sheetKind;
      // A reserve's group row over its header follows the rows above: the table is the reserve (no row of it yet
      // would carry it, as a heading before a table's first row is a note on the list).
      reserve = reserveIn(ahead.map((g) => g.label));
      use(next);
      r = header.dataStart - 1;
      continue;
    }
    found.push(cls?.type === 'data' && cls.lone !== undefined ? { r, lone: cls.lone } : { r });
    ahead = [];
  }
  close();
  const dated = lists.map((list, i) => {
    const own = tables.slice(list.from, lists[i + 1]?.from ?? tables.length);
    const under = list.endAt ? [...textsFrom(view, list.endAt, list.until)] : [];
    // The first list may be dated in the sheet's title block; a later one in its own heading.
    const above = list.heading ?? titleTexts;
    const dated = listDateLine(under, above);
    if (dated) return own.map((t) => ({ ...t, dateLine: dated.date, ...(dated.of ? { dateLineOf: dated.of } : {}) }));
    const dateLineMonth = firstBlankDayLine(under) || firstBlankDayLine(above);
    return dateLineMonth ? own.map((t) => ({ ...t, dateLineMonth })) : own;
  });
  // A list of no date line of its own under which another is added takes that one's (one date line for the document),
  // marked so: it may be the later addition's date.
  for (let i = dated.length - 2; i >= 0; i--) {
    const below = dated[i + 1]?.[0];
    const own = dated[i] as RecognizedTable[];
    if (below?.dateLine && own.every((t) => !t.dateLine && !t.dateLineMonth)) dated[i] = own.map((t) => ({ ...t, dateLine: below.dateLine, dateLineBelow: true }));
  }
  // A list printed again under itself (the same rows) is a copy, not a second list. A sheet of one list has no copy.
  if (dated.length === 1) return dated[0] as RecognizedTable[];
  const keys = lists.map((_, i) => rowsKey(dated[i] as RecognizedTable[]));
  return dated.flatMap((own, i) => (i > 0 && keys[i] !== '' && keys[i] === keys[i - 1] ? [] : own));
}
