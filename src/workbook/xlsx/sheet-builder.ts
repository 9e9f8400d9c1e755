/**
 * A worksheet's grid, built from its pieces' columns (sheet-rows.ts) in order: each cell's style giving its font and
 * whether its number is a date, a formula giving its cached result. Cells of one shared string in one style are one
 * object: the domain never changes cells (domain/grid.ts), and a list repeats its units, positions and places on
 * every row. More cells in all than the reader's limit are refused: a small zip must not make a huge grid.
 */
import type { Cell, Merge, SheetGrid } from '../../domain/grid';
import { encodingOfFont } from '../../domain/text/legacy';
import { dateCell, isoDateCell, numberCell, stringCell, textCell } from './cell-value';
import { TooLarge } from './damaged';
import { CellKind, SheetRows } from './sheet-rows';
import type { CellStyle, SharedString } from './workbook-parts';

/** What every sheet of a workbook reads its cells with, and the count of cells read so far against the limit. */
export interface CellContext {
  styles: CellStyle[];
  strings: SharedString[];
  date1904: boolean;
  cells: { count: number; limit: number };
}

const NO_STYLE: CellStyle = { date: false };

export class SheetBuilder {
  private readonly rows: (Cell | null)[][] = [];
  private readonly merges: Merge[] = [];
  private readonly hiddenRanges: number[] = [];
  private readonly hiddenRows: number[] = [];
  private filtered = false;
  private lastRow = 0;
  private rowNumber = 0;
  private readonly styleCache: CellStyle[] = [];
  /** Cells of a shared string by style, then by string index. */
  private readonly sharedCells = new Map<number, (Cell | null)[]>();

  /**
   * Style id 0, the workbook's default: read as no style (as ExcelJS reads it), but for a legacy Vietnamese font
   * (".VnTime", "VNI-Times"), which old workbooks make their default and which says how their text reads.
   */
  private readonly defaultStyle: CellStyle;

  constructor(
    private readonly name: string,
    private readonly ctx: CellContext,
  ) {
    const font = ctx.styles[0]?.font;
    this.defaultStyle = font && encodingOfFont(font) ? { font, date: false } : NO_STYLE;
  }

  private styleOf(id: number): CellStyle {
    if (!id) return this.defaultStyle;
    let st = this.styleCache[id];
    if (!st) this.styleCache[id] = st = this.ctx.styles[id] ?? NO_STYLE;
    return st;
  }

  private sharedCell(style: number, index: number, st: CellStyle): Cell | null {
    let cells = this.sharedCells.get(style);
    if (!cells) this.sharedCells.set(style, (cells = []));
    let cell = cells[index];
    if (cell === undefined) cells[index] = cell = stringCell(this.ctx.strings[index], st.font, st.strike);
    return cell;
  }

  /** The next piece's rows, in document order. */
  add(piece: SheetRows): void {
    const { rowNumbers, cellFrom, cols, kinds, styles, values, texts, items } = piece;
    const count = this.ctx.cells;
    count.count += kinds.length;
    if (count.count > count.limit) throw new TooLarge(`hơn ${count.limit.toLocaleString('vi-VN')} ô`);
    let hidden = 0;
    for (let r = 0; r < rowNumbers.length; r++) {
      const number = (this.rowNumber = rowNumbers[r] || this.rowNumber + 1);
      if (piece.hiddenRows[hidden] === r) {
        this.hiddenRows.push(number);
        hidden++;
      }
      const out: (Cell | null)[] = [];
      let listed = false;
      for (let i = cellFrom[r] ?? 0, end = cellFrom[r + 1] ?? 0; i < end; i++) {
        const kind = kinds[i];
        if (kind === CellKind.Styled) continue;
        listed = true;
        if (kind === CellKind.Listed) continue;
        const style = styles[i] ?? 0;
        const st = this.styleOf(style);
        const v = values[i] ?? NaN;
        let cell: Cell | null;
        switch (kind) {
          case CellKind.Shared:
            cell = this.sharedCell(style, v, st);
            break;
          case CellKind.Number:
            cell = st.date ? dateCell(v, this.ctx.date1904) : numberCell(v, st.font);
            break;
          case CellKind.Text:
            cell = textCell(texts[v] ?? '', st.font, st.strike);
            break;
          case CellKind.Bool:
            cell = { t: 'b', v: v !== 0 };
            break;
          case CellKind.Error:
            cell = { t: 'e', v: texts[v] ?? '' };
            break;
          case CellKind.IsoDate:
            cell = isoDateCell(texts[v] ?? '');
            break;
          default:
            cell = stringCell(items[v], st.font, st.strike);
        }
        if (cell) out[(cols[i] ?? 1) - 1] = cell;
      }
      if (!listed) continue;
      this.rows[number - 1] = out;
      if (number > this.lastRow) this.lastRow = number;
    }
    for (const m of piece.merges) this.merges.push(m);
    for (const x of piece.hiddenColumns) this.hiddenRanges.push(x);
    if (piece.filtered) this.filtered = true;
  }

  /** The sheet, once every piece is added: a merged range's value is its top-left cell's alone. */
  finish(): SheetGrid {
    const rows = this.rows;
    let lastRow = this.lastRow;
    for (const m of this.merges) {
      lastRow = Math.max(lastRow, m.bottom);
      for (let r = m.top; r <= m.bottom; r++) {
        const row = rows[r - 1];
        if (!row) continue;
        for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c - 1 < row.length) delete row[c - 1];
      }
    }
    for (let i = 0; i < lastRow; i++) if (!rows[i]) rows[i] = [];
    const hiddenColumns = hiddenWithin(this.hiddenRanges, rows);
    // A filtered sheet's hidden rows are out of view, not out of the list.
    const hiddenRows = this.filtered ? [] : this.hiddenRows.filter((r) => r <= lastRow);
    return {
      name: this.name,
      rows,
      merges: this.merges,
      ...(hiddenColumns.length ? { hiddenColumns } : {}),
      ...(hiddenRows.length ? { hiddenRows } : {}),
    };
  }
}

/** Hidden columns from <col> ranges, within the rows' width: a range often runs to the last column a sheet can have. */
function hiddenWithin(ranges: readonly number[], rows: readonly (Cell | null)[][]): number[] {
  if (!ranges.length) return [];
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const out: number[] = [];
  for (let i = 0; i + 1 < ranges.length; i += 2)
    for (let c = ranges[i] as number; c <= Math.min(ranges[i + 1] as number, width); c++) out.push(c);
  return [...new Set(out)].sort((a, b) => a - b);
}
