/**
 * DUPLICATES: the ranges become a small registration table that the engine reads like any other, so the answer is
 * the duplicate matcher's own (same names, birth years, units; accents, honorifics and legacy text handled there).
 */
import type { Cell, WorkbookGrid } from '../domain/grid';
import type { Finding } from '../domain/findings/finding';
import { badArgument } from './failure';
import { fnText } from './messages';
import type { Scalar } from './quota';

const SHEET = 'DIENHINH.DUPLICATES';
const HEADER = fnText.duplicatesHeader;
const FIRST_DATA_ROW = 2;

const column = (range: Scalar[][] | undefined): Scalar[] | undefined => range?.map((row) => row[0] ?? '');

function cellOf(v: Scalar | undefined): Cell | null {
  // TRUE/FALSE in a range of names is no name (a check box's column, a formula's test).
  if (v === undefined || v === '' || v === null || typeof v === 'boolean') return null;
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  return { t: 's', v };
}

export function duplicatesGrid(names: Scalar[][], years?: Scalar[][], units?: Scalar[][]): WorkbookGrid {
  const n = column(names);
  if (!n?.length || names.some((r) => r.length !== 1)) throw badArgument(fnText.namesMissing);
  const y = column(years);
  const u = column(units);
  if ((y && y.length !== n.length) || (u && u.length !== n.length)) throw badArgument(fnText.sizesDiffer);
  const rows: (Cell | null)[][] = [HEADER.map((h) => cellOf(h))];
  n.forEach((name, i) => rows.push(cellOf(name) ? [cellOf(i + 1), cellOf(name), cellOf(y?.[i]), cellOf(u?.[i])] : []));
  return { fileName: SHEET, date1904: false, sheets: [{ name: SHEET, rows, merges: [] }] };
}

/** Where the names' range is: its sheet and its first and last rows (1-based), from Excel's parameter address. */
export interface RangePlace {
  sheet: string;
  top: number;
  bottom: number;
}

/** "'Đăng ký'!D2:D9", "Sheet1!$D$2:$D$9", "[Book1]Sheet1!D2": the sheet and rows; undefined for what is no one range. */
export function rangePlace(address: string | undefined): RangePlace | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?$/.exec(address?.trim() ?? '');
  if (!m) return undefined;
  const sheet = (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '')).replace(/^\[[^\]]*\]/, '');
  const top = Number(m[3]);
  const bottom = m[4] !== undefined ? Number(m[4]) : top;
  return sheet && bottom >= top ? { sheet, top, bottom } : undefined;
}

/**
 * The pane's duplicate groups seen from the names' range: the check of the whole workbook (its units, positions,
 * places, decisions), each group's members that lie in the range, by position in it. `file`: the open workbook's.
 */
export function duplicatesInRange(count: number, findings: Finding[], file: string, place: RangePlace): string[][] {
  const inRange = (r: { file: string; sheet: string; row: number }) => r.file === file && r.sheet === place.sheet && r.row >= place.top && r.row <= place.bottom && r.row - place.top < count;
  return duplicatesColumn(count, findings, (f) => (f.rows ?? []).filter(inRange).map((r) => r.row - place.top + 1));
}

/** The positions of a DUPLICATE group's rows in the small table built from the ranges. */
const ownPositions = (f: Finding): number[] => (f.rows ?? []).filter((r) => r.sheet === SHEET).map((r) => r.row - FIRST_DATA_ROW + 1);

/**
 * For each input row, the 1-based positions of the rows it duplicates ("" when none), as one column: the certain
 * ones, then those it only may duplicate (a decision is needed), marked so.
 */
export function duplicatesColumn(count: number, findings: Finding[], positionsOf: (f: Finding) => number[] = ownPositions): string[][] {
  const certain: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  const probable: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  for (const f of findings) {
    if (f.code !== 'DUPLICATE' || !f.rows) continue;
    const into = f.confidence === 'probable' ? probable : certain;
    const positions = positionsOf(f);
    for (const p of positions) for (const q of positions) if (p !== q) into[p - 1]?.add(q);
  }
  const sorted = (s: Set<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);
  return certain.map((c, i) => {
    const maybe = sorted(probable[i]).filter((q) => !c.has(q));
    return [c.size || maybe.length ? fnText.duplicateOf(sorted(c), maybe) : ''];
  });
}
