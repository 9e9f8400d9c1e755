/** One sheet's table: its header, its exemplar rows with the group they sit in, and the title rows above. */
import { FieldIndex, TableKind } from '../recognition/fields';
import { findHeader, TableHeader } from '../recognition/header';
import { isKindLabel, RowClassifier, rowClassifier } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey } from '../text';
import type { CalendarDate } from '../dates';
import { firstDateLine } from './date-line';
import { assignGroups, GroupedRow, GroupRow, kindOfLabel, KindOfGroup } from './group-rows';

export type DataRow = GroupedRow;

export interface RecognizedTable {
  view: SheetView;
  header: TableHeader;
  rows: DataRow[];
  /** Texts of the rows above the header, top to bottom (title block). */
  titleTexts: string[];
  /** A Word table's paragraphs above it (its letterhead and title), top to bottom; also at the start of titleTexts. */
  paragraphsAbove?: string[];
  /** The date line of the signature block below the table (else of the title block): when the list was made. */
  dateLine?: CalendarDate;
  /** The group rows among the data, and the kind the whole table holds: the groups are walked again with the units. */
  groups?: GroupRow[];
  baseKind?: KindOfGroup;
}

/** The texts of the rows from `from` to the end, row by row (the signature block under a table). */
function* textsFrom(view: SheetView, from: number): Iterable<string> {
  for (let r = from; r <= view.rowCount; r++) for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (t) yield t;
  }
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

export function recognizeTable(view: SheetView, indexes: Record<TableKind, FieldIndex>, kinds: TableKind[]): RecognizedTable | undefined {
  const header = findHeader(view, indexes, kinds);
  if (!header) return undefined;
  const titleTexts: string[] = [];
  for (let r = 1; r < header.row; r++) {
    const seen = new Set<string>();
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (t && !seen.has(t)) {
        seen.add(t);
        titleTexts.push(t);
      }
    }
  }
  const found: DataRow[] = [];
  const groups: GroupRow[] = [];
  // A sheet of one kind ("Tập thể" / "Cá nhân", or titled "DANH SÁCH CÁ NHÂN …") is one group; group rows still win.
  const baseKind = tableKind(view.name, titleTexts);
  let endAt: number | undefined;
  const classifyRow = rowClassifier(header);
  for (let r = header.dataStart; r <= view.rowCount; r++) {
    const cls = classifyRow(view, r);
    // The data ends at a signature block or at a note under it; the date line is looked for from there.
    if (cls.type === 'signature') {
      endAt = r;
      break;
    }
    // A note ends the data above it; one between the header and the first row only explains a column.
    if (cls.type === 'note') {
      if (found.length && (cls.final || !tableGoesOn(view, header, classifyRow, r, 'numbered'))) {
        endAt = r;
        break;
      }
      continue;
    }
    // A total under the list ends it when nothing of the table follows (a signer's name typed in some column is not).
    if (cls.type === 'subtotal' && found.length && !tableGoesOn(view, header, classifyRow, r, 'named')) {
      endAt = r;
      break;
    }
    if (cls.type === 'group') {
      groups.push({ r, label: cls.label });
      continue;
    }
    if (cls.type !== 'data') continue;
    found.push(cls.lone === undefined ? { r } : { r, lone: cls.lone });
  }
  const rows = assignGroups(found, groups, baseKind);
  const table: RecognizedTable = { view, header, rows, titleTexts, groups };
  if (baseKind) table.baseKind = baseKind;
  const dateLine = (endAt && firstDateLine(textsFrom(view, endAt))) || firstDateLine(titleTexts);
  if (dateLine) table.dateLine = dateLine;
  return table;
}
