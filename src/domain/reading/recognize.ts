/** One sheet's table: its header, its exemplar rows with the group they sit in, and the title rows above. */
import { FieldIndex, TableKind } from '../recognition/fields';
import { findHeader, TableHeader } from '../recognition/header';
import { isKindLabel, rowClassifier } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import { parseSubjectKind, SubjectKind } from '../subjects/subject-kind';
import { asciiKey } from '../text';
import type { CalendarDate } from '../dates';
import { firstDateLine } from './date-line';

export interface DataRow {
  r: number;
  groupKind?: SubjectKind;
  groupHousehold?: boolean;
  /** The latest group label that is not a kind ("1. Đảng bộ xã An Bình"), a candidate proposing unit. */
  groupLabel?: string;
}

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
}

/** The texts of the rows from `from` to the end, row by row (the signature block under a table). */
function* textsFrom(view: SheetView, from: number): Iterable<string> {
  for (let r = from; r <= view.rowCount; r++) for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (t) yield t;
  }
}

function kindOfLabel(label: string): { kind: SubjectKind; household: boolean } | undefined {
  if (!isKindLabel(label)) return undefined;
  const k = asciiKey(label).replace(/^(khoi|danh sach) /, '');
  if (k.startsWith('tap the')) return { kind: 'collective', household: false };
  if (k.startsWith('ca nhan')) return { kind: 'individual', household: false };
  return parseSubjectKind(k.split(' dien hinh')[0] ?? k) ?? { kind: 'collective', household: true };
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
  const rows: DataRow[] = [];
  let groupKind: { kind: SubjectKind; household: boolean } | undefined;
  let groupLabel: string | undefined;
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
      if (rows.length) {
        endAt = r;
        break;
      }
      continue;
    }
    if (cls.type === 'group') {
      const k = kindOfLabel(cls.label);
      if (k) {
        groupKind = k;
        groupLabel = undefined;
      } else if (!/^khoi /.test(asciiKey(cls.label))) {
        groupLabel = cls.label;
      }
      continue;
    }
    if (cls.type !== 'data') continue;
    const row: DataRow = { r };
    if (groupKind) {
      row.groupKind = groupKind.kind;
      row.groupHousehold = groupKind.household;
    }
    if (groupLabel) row.groupLabel = groupLabel;
    rows.push(row);
  }
  const dateLine = (endAt && firstDateLine(textsFrom(view, endAt))) || firstDateLine(titleTexts);
  return dateLine ? { view, header, rows, titleTexts, dateLine } : { view, header, rows, titleTexts };
}
