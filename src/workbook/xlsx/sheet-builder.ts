/**
 * A worksheet part's rows, built straight into the engine's grid as the part's pieces are parsed (sheet-pieces.ts):
 * each cell typed by its `t` attribute (ECMA-376 part 1, 18.3.1.4), its style giving its font and whether its number
 * is a date, a formula giving its cached result. Cells of one shared string in one style are one object: the domain
 * never changes cells (domain/grid.ts), and a list repeats its units, positions and places on every row.
 * A part beyond what Excel itself can hold (row 1,048,576, column XFD) is refused, and so are more cells in all than
 * the reader's limit: a small zip must not make a huge grid.
 */
import type { Cell, Merge, SheetGrid } from '../../domain/grid';
import { dateCell, isoDateCell, numberCell, stringCell, textCell } from './cell-value';
import { Damaged, TooLarge } from './damaged';
import { CellStyle, SharedString, StringItemReader } from './workbook-parts';
import { parseXml } from './xml-parse';
import { xmlAttribute } from '../exceljs/xml-text';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** What every sheet of a workbook reads its cells with, and the count of cells read so far against the limit. */
export interface CellContext {
  styles: CellStyle[];
  strings: SharedString[];
  date1904: boolean;
  cells: { count: number; limit: number };
}

/** The 1-based column of a cell address such as "AB12" (a "$" allowed); 0 when it is not one. */
function columnOf(address: string): number {
  let col = 0;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  const from = i;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return i > from && i - from <= 3 ? col : 0;
}

function rowOf(address: string): number {
  const m = /^\$?[A-Z]{1,3}\$?([0-9]{1,7})$/.exec(address);
  return m ? Number(m[1]) : 0;
}

function mergeOf(ref: string): Merge | undefined {
  const [a, b] = ref.split(':');
  if (!a || !b) return undefined;
  const top = rowOf(a);
  const bottom = rowOf(b);
  const left = columnOf(a);
  const right = columnOf(b);
  if (!top || !bottom || !left || !right) return undefined;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Digits only, one to nine of them, read without the general parsers; else undefined. */
function digitsValue(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 9) return undefined;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return v;
}

const NO_STYLE: CellStyle = { date: false };

export class SheetBuilder {
  private readonly rows: (Cell | null)[][] = [];
  private readonly merges: Merge[] = [];
  private lastRow = 0;
  private readonly styleCache: CellStyle[] = [];
  /** Cells of a shared string by style, then by string index. */
  private readonly sharedCells = new Map<number, (Cell | null)[]>();
  private readonly inline = new StringItemReader();

  private inData = false;
  private inRow = false;
  private inCell = false;
  private inInline = false;
  private node: 'v' | 'f' | undefined;
  private rowNumber = 0;
  private out: (Cell | null)[] = [];
  private hasCells = false;
  private col = 0;
  private t: string | undefined;
  private style = 0;
  private value: string | undefined;
  private formula = false;

  constructor(
    private readonly name: string,
    private readonly ctx: CellContext,
  ) {}

  parse(piece: string): void {
    parseXml(piece, {
      open: (name, attrs) => this.open(name, attrs),
      close: (name) => this.close(name),
      text: (text) => this.onText(text),
    });
  }

  private open(name: string, attrs: () => Record<string, string>): void {
    if (this.inInline) this.inline.open(name, attrs);
    else if (this.inCell) {
      if (name === 'v') this.node = 'v';
      else if (name === 'f') {
        this.node = 'f';
        // A shared formula's other cells have an empty <f t="shared" si="…"/>.
        if (attrs()['t'] !== undefined) this.formula = true;
      } else if (name === 'is') {
        this.inInline = true;
        this.inline.begin();
      } else this.node = undefined;
    } else if (this.inRow) {
      if (name === 'c') this.openCell(attrs());
    } else if (this.inData) {
      if (name === 'row') this.openRow(attrs()['r']);
    } else if (name === 'sheetData') this.inData = true;
    else if (name === 'mergeCell') {
      const ref = attrs()['ref'];
      const m = ref === undefined ? undefined : mergeOf(xmlAttribute(ref));
      if (m) this.merges.push(m);
    }
  }

  private openRow(r: string | undefined): void {
    const number = r === undefined ? this.rowNumber + 1 : (digitsValue(r) ?? Number(xmlAttribute(r)));
    if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) throw new Damaged('row number');
    this.inRow = true;
    this.rowNumber = number;
    this.out = [];
    this.hasCells = false;
    this.col = 0;
  }

  private openCell(a: Record<string, string>): void {
    const r = a['r'];
    const col = r === undefined ? this.col + 1 : columnOf(r);
    if (col < 1 || col > MAX_COL) throw new Damaged('cell address');
    const cells = this.ctx.cells;
    if (++cells.count > cells.limit) throw new TooLarge(`hơn ${cells.limit.toLocaleString('vi-VN')} ô`);
    this.col = col;
    this.inCell = true;
    const t = a['t'];
    this.t = t === undefined ? undefined : xmlAttribute(t);
    const s = a['s'];
    this.style = (s !== undefined && (digitsValue(s) ?? parseInt(xmlAttribute(s), 10))) || 0;
    this.value = undefined;
    this.formula = false;
    this.node = undefined;
  }

  private onText(text: string): void {
    if (this.inInline) this.inline.onText(text);
    else if (this.node === 'v') this.value = this.value === undefined ? text : this.value + text;
    else if (this.node === 'f' && text !== '') this.formula = true;
  }

  private close(name: string): void {
    if (this.inInline) {
      if (name === 'is') this.inInline = false;
      else this.inline.close(name);
    } else if (this.inCell) {
      if (name === 'c') this.endCell();
      else this.node = undefined;
    } else if (this.inRow) {
      if (name === 'row') this.endRow();
    } else if (name === 'sheetData') this.inData = false;
  }

  private styleOf(id: number): CellStyle {
    // A style id of 0 is the workbook's default: read as no style, as Excel's files are read elsewhere.
    if (!id) return NO_STYLE;
    let st = this.styleCache[id];
    if (!st) this.styleCache[id] = st = this.ctx.styles[id] ?? NO_STYLE;
    return st;
  }

  private endCell(): void {
    this.inCell = false;
    this.node = undefined;
    const { t, value } = this;
    let cell: Cell | null;
    if (t === 'inlineStr') {
      const item = this.inline.end();
      this.inline.begin();
      cell = stringCell(item, this.styleOf(this.style).font);
      // An inline string with no text and no formula is a styled empty cell.
      if (!cell && !this.formula && value === undefined && item === '') return this.emptyCell();
    } else if (value === undefined) return this.emptyCell();
    else {
      const st = this.styleOf(this.style);
      if (t === 's') cell = this.sharedCell(digitsValue(value) ?? parseInt(value, 10), st);
      else if (t === undefined || t === 'n') {
        const v = digitsValue(value) ?? parseFloat(value);
        cell = st.date ? dateCell(v, this.ctx.date1904) : numberCell(v, st.font);
      } else if (t === 'str') cell = textCell(value, st.font);
      else if (t === 'b') cell = { t: 'b', v: parseInt(value, 10) !== 0 };
      else if (t === 'e') cell = { t: 'e', v: value };
      else if (t === 'd') cell = isoDateCell(value);
      else cell = numberCell(parseFloat(value), st.font);
    }
    this.hasCells = true;
    if (cell) this.out[this.col - 1] = cell;
  }

  /** A cell without a value: a formula not yet calculated lists its row; a styled blank does not. */
  private emptyCell(): void {
    if (this.formula || !this.style) this.hasCells = true;
  }

  private sharedCell(index: number, st: CellStyle): Cell | null {
    let cells = this.sharedCells.get(this.style);
    if (!cells) this.sharedCells.set(this.style, (cells = []));
    let cell = cells[index];
    if (cell === undefined) cells[index] = cell = stringCell(this.ctx.strings[index], st.font);
    return cell;
  }

  private endRow(): void {
    this.inRow = false;
    if (!this.hasCells) return;
    this.rows[this.rowNumber - 1] = this.out;
    if (this.rowNumber > this.lastRow) this.lastRow = this.rowNumber;
  }

  /** The sheet, once every piece is parsed: a merged range's value is its top-left cell's alone. */
  finish(): SheetGrid {
    if (this.inData || this.inRow) throw new Damaged('unfinished rows');
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
    return { name: this.name, rows, merges: this.merges };
  }
}
