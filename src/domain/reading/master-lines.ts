/**
 * A line pasted between a master's units' rows (a unit's date line and signature, its "./." note, «(Kèm theo …)»):
 * where the table goes on under it, into the next unit's rows; rows a unit typed on under its own closing note.
 */
import type { TableHeader } from '../recognition/header';
import { groupLabel as numberedLabel, RowClassifier } from '../recognition/rows';
import { isFieldHeading, isPeopleHeading, isReserveHeading } from '../recognition/section-labels';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey } from '../text';
import { GroupedRow, isUnitGroup } from './group-rows';

/** How far under a line that ends a table its rows may go on (a pasted signature block and blank rows). */
const GAP_ROWS = 12;
// The columns any row of a table may fill without being an exemplar's: its number, name, unit, kind, note.
const NOT_EXEMPLAR_FIELDS = new Set(['stt', 'name', 'otherName', 'unit', 'unitCode', 'kind', 'note']);

/**
 * Where a master's rows go on under row `from`, a line that would end the table (a unit's date line, signature or
 * "./." pasted between units' rows): within a few rows and before any header, the next unit's rows, numbered on from
 * the `last` one read (or from 1 under the next unit's group row), named, with more of the exemplar than a name. The
 * row to read on from (the group row, else the numbered one); undefined in a unit's own list, whose appendix, reserve
 * or signer under its signature are no rows of it.
 */
export function rowsGoOn(view: SheetView, header: TableHeader, classifyRow: RowClassifier, from: number, last: GroupedRow): number | undefined {
  const stt = header.columns.get('stt');
  const name = header.columns.get('name');
  const unit = header.columns.get('unit');
  const lastNumber = stt === undefined ? undefined : /^(\d{1,4})\.?$/.exec(view.text(last.r, stt))?.[1];
  if (stt === undefined || name === undefined || lastNumber === undefined) return undefined;
  const exemplarCols = [...header.columns].filter(([f]) => !NOT_EXEMPLAR_FIELDS.has(f)).map(([, c]) => c);
  let unitGroup: number | undefined;
  for (let r = from + 1; r <= Math.min(view.rowCount, from + GAP_ROWS); r++) {
    const cls = classifyRow(view, r);
    if (cls.type === 'header') return undefined;
    if (cls.type === 'group' && unitGroup === undefined && namesUnitPerhaps(cls.label)) unitGroup = r;
    const n = cls.type === 'data' ? /^(\d{1,4})\.?$/.exec(view.text(r, stt))?.[1] : undefined;
    if (n === undefined) continue;
    const named = view.text(r, name) !== '' && exemplarCols.some((c) => view.text(r, c) !== '');
    // Another unit's rows: under its group row, or another unit in the unit column.
    const otherUnit = unit !== undefined && view.text(r, unit) !== '' && view.text(r, unit) !== view.text(last.r, unit);
    if (named && unitGroup !== undefined && (Number(n) === 1 || Number(n) === Number(lastNumber) + 1)) return unitGroup;
    return named && otherUnit && Number(n) === Number(lastNumber) + 1 ? r : undefined;
  }
  return undefined;
}

/** A group row that may name a unit: not a kind, a phase, a part of the list, nor an appendix's or a note's title. */
function namesUnitPerhaps(label: string): boolean {
  return (
    isUnitGroup(label) &&
    !isReserveHeading(label) &&
    !isPeopleHeading(label) &&
    !isFieldHeading(label) &&
    !/^(phu luc|tom tat|danh sach|ghi chu|luu y|du phong|noi nhan)( |:|$)/.test(asciiKey(numberedLabel(label) ?? label))
  );
}

/**
 * Rows typed on under a closing note ("Danh sách có 02 điển hình./." over rows 3 and 4, an addition typed later): the
 * first row under the note is numbered on from the `last` one read, named, with more of the exemplar than a name. A
 * reserve or an appendix under the note has its heading first, so it never is.
 */
export function typedOnUnderNote(view: SheetView, header: TableHeader, classifyRow: RowClassifier, from: number, last: GroupedRow): boolean {
  const stt = header.columns.get('stt');
  const name = header.columns.get('name');
  const lastNumber = stt === undefined ? undefined : /^(\d{1,4})\.?$/.exec(view.text(last.r, stt))?.[1];
  if (stt === undefined || name === undefined || lastNumber === undefined) return false;
  for (let r = from + 1; r <= Math.min(view.rowCount, from + GAP_ROWS); r++) {
    const cls = classifyRow(view, r);
    if (cls.type === 'empty') continue;
    if (cls.type !== 'data') return false;
    const n = /^(\d{1,4})\.?$/.exec(view.text(r, stt))?.[1];
    const exemplarCols = [...header.columns].filter(([f]) => !NOT_EXEMPLAR_FIELDS.has(f)).map(([, c]) => c);
    return Number(n) === Number(lastNumber) + 1 && view.text(r, name) !== '' && exemplarCols.some((c) => view.text(r, c) !== '');
  }
  return false;
}
