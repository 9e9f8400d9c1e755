/**
 * Tables side by side on one sheet ("STT | Tên tập thể | Thành tích | (trống) | STT | Họ và tên | Năm sinh"): each
 * block of the header row, apart from the next by an empty column or by its own "STT", read as a table of its own
 * through a view of its columns alone, so that no row mixes the two tables' cells.
 */
import type { FieldIndex, TableKind } from '../recognition/fields';
import { matchField } from '../recognition/fields';
import { headerAt, TableHeader } from '../recognition/header';
import type { SheetView } from '../recognition/sheet-view';

export interface SideBlock {
  /** The sheet seen through the block's columns from the header row down (the title block above is whole). */
  view: SheetView;
  header: TableHeader;
  left: number;
  right: number;
}

/** The sheet with the cells outside columns left..right blanked from row `from` down. */
function columnWindow(view: SheetView, from: number, left: number, right: number, first: boolean): SheetView {
  const inside = (r: number, c: number) => r < from || (c >= left && c <= right);
  const w: SheetView = {
    name: view.name,
    rowCount: view.rowCount,
    colCount: view.colCount,
    cell: (r, c) => (inside(r, c) ? view.cell(r, c) : undefined),
    mergeAt: (r, c) => (inside(r, c) ? view.mergeAt(r, c) : undefined),
    text: (r, c) => (inside(r, c) ? view.text(r, c) : ''),
    hadInvisible: (r, c) => inside(r, c) && view.hadInvisible(r, c),
    // The sheet's decoded cells are reported once, with its first block.
    conversions: first ? view.conversions : [],
  };
  const lines = view.lines;
  if (lines) w.lines = (r, c) => (inside(r, c) ? lines.call(view, r, c) : []);
  return w;
}

/** The header row's blocks of columns: split at an empty column, or where a second "STT" begins one. */
function blocksOf(header: TableHeader, idx: FieldIndex): [number, number][] {
  const blocks: [number, number][] = [];
  const cols = [...header.labels.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const last = blocks[blocks.length - 1];
    const stt = matchField(idx, header.labels.get(c) ?? '') === 'stt';
    if (last && c === last[1] + 1 && !(stt && c > (header.columns.get('stt') ?? c))) last[1] = c;
    else blocks.push([c, c]);
  }
  return blocks;
}

/** Kinds a block beside a table may head: a master may keep its units list beside its registrations. */
const BESIDE: readonly TableKind[] = ['registrations', 'units', 'plans'];

/** The header a block of columns makes: of the sheet's header's kind first, else of another table's. */
function blockHeader(w: SheetView, header: TableHeader, indexes: Record<TableKind, FieldIndex>): TableHeader | undefined {
  for (const kind of [header.kind, ...BESIDE.filter((k) => k !== header.kind)]) {
    const h = headerAt(w, header.row, indexes, kind);
    if (h) return h;
  }
  return undefined;
}

/**
 * The tables side by side under the sheet's header row, when at least two of its blocks are headers of their own
 * (of one kind, or a units list beside registrations); a block that is none goes with the table on its left.
 */
export function sideBySideBlocks(view: SheetView, indexes: Record<TableKind, FieldIndex>, header: TableHeader): SideBlock[] | undefined {
  const blocks = blocksOf(header, indexes[header.kind]);
  if (blocks.length < 2) return undefined;
  const valid = blocks.map(([l, r]) => blockHeader(columnWindow(view, header.row, l, r, false), header, indexes) !== undefined);
  if (valid.filter(Boolean).length < 2) return undefined;
  // Each table from its block to the next one that is a header.
  const spans: [number, number][] = [];
  blocks.forEach(([l, r], i) => {
    const last = spans[spans.length - 1];
    if (valid[i] || !last) spans.push([l, r]);
    else last[1] = r;
  });
  const out: SideBlock[] = [];
  for (const [i, [l, r]] of spans.entries()) {
    const w = columnWindow(view, header.row, l, r, i === 0);
    const h = blockHeader(w, header, indexes);
    if (h) out.push({ view: w, header: h, left: l, right: r });
  }
  return out.length >= 2 ? out : undefined;
}
