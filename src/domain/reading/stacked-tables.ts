/**
 * Several tables on one sheet, one under the other, each with its own header row ("STT | Tên tập thể | Thành tích"
 * over "STT | Họ và tên | Năm sinh | Thành tích"): where a table ends and the next begins.
 */
import type { Field, FieldIndex, TableKind } from '../recognition/fields';
import { headerAt, TableHeader } from '../recognition/header';
import { rowClassifier } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey, mayHaveAsciiKey } from '../text';
import { startsWithDigit } from '../text/digits';

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

/** A header of another table that row `r` starts, inside a table headed by `current`. */
export function nextHeaderAt(view: SheetView, r: number, indexes: Record<TableKind, FieldIndex>, current: TableHeader): TableHeader | undefined {
  const h = headerAt(view, r, indexes, current.kind);
  return h && !sameColumns(h, current) ? h : undefined;
}

/**
 * The header of a table above the sheet's best header (a smaller table stacked over it: the collectives over the
 * individuals), if there is one: a header of the same kind with numbered, named rows under it before the best one.
 */
export function headerAbove(view: SheetView, indexes: Record<TableKind, FieldIndex>, best: TableHeader): TableHeader | undefined {
  for (let r = 1; r < best.row; r++) {
    // A units list over a master's registrations on one sheet is a table of its own too.
    const h = headerAt(view, r, indexes, best.kind) ?? (best.kind === 'registrations' ? headerAt(view, r, indexes, 'units') : undefined);
    if (!h || h.dataStart >= best.row || sameColumns(h, best)) continue;
    const stt = h.columns.get('stt');
    const name = h.columns.get('name') ?? h.columns.get('unit');
    if (stt === undefined || name === undefined) continue;
    const classify = rowClassifier(h);
    for (let x = h.dataStart; x < best.row; x++) {
      if (classify(view, x).type === 'data' && startsWithDigit(view.text(x, stt)) && view.text(x, name)) return h;
    }
  }
  return undefined;
}
