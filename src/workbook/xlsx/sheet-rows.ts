/**
 * One piece of a worksheet part (sheet-pieces.ts) parsed into compact columns: each cell's column, kind (by its `t`
 * attribute, ECMA-376 part 1, 18.3.1.4), style id and value. A piece parses on its own, so that pieces can be parsed
 * on two threads at once (rows-worker.ts); the columns are cheap to hand over, and sheet-builder.ts turns them into
 * the grid's cells. A part beyond what Excel itself can hold (row 1,048,576, column XFD) is refused as damaged.
 */
import type { Merge } from '../../domain/grid';
import { xmlAttribute } from '../exceljs/xml-text';
import { Damaged } from './damaged';
import { SharedString, StringItemReader } from './workbook-parts';
import { parseXml } from './xml-parse';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export const CellKind = {
  /** No value, but a style: its row is not listed for it. */
  Styled: 0,
  /** No value (no style, or a formula not yet calculated): its row is listed. */
  Listed: 1,
  Number: 2,
  /** value: index into the shared strings. */
  Shared: 3,
  /** value: index into `texts`. */
  Text: 4,
  /** value: 1 or 0. */
  Bool: 5,
  /** value: index into `texts` (the error's text, e.g. "#N/A"). */
  Error: 6,
  /** value: index into `texts` (t="d", an ISO 8601 date). */
  IsoDate: 7,
  /** value: index into `items` (an inline string, plain or rich). */
  Inline: 8,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Rows in document order; the cells of row i are cellFrom[i] .. cellFrom[i + 1] - 1. */
export interface SheetRows {
  /** 0 for a row without its number: the one after the row before it (maybe in the piece before). */
  rowNumbers: Int32Array;
  cellFrom: Int32Array;
  cols: Int32Array;
  kinds: Uint8Array;
  styles: Int32Array;
  values: Float64Array;
  texts: string[];
  items: SharedString[];
  merges: Merge[];
  /** Hidden column ranges, as pairs: first, last. */
  hiddenColumns: number[];
  /** Positions (in `rowNumbers`) of the rows the sheet hides. */
  hiddenRows: number[];
  /** The piece says the sheet is filtered or holds an Excel table: its hidden rows are out of view, not taken out. */
  filtered: boolean;
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

/** An xsd:boolean attribute that says true. */
const isTrue = (value: string | undefined) => value === '1' || value === 'true';

class RowsParser {
  private readonly inline = new StringItemReader();
  private inData = false;
  private inRow = false;
  private inCell = false;
  private inInline = false;
  private node: 'v' | 'f' | undefined;
  private col = 0;
  private t: string | undefined;
  private style = 0;
  private value: string | undefined;
  private formula = false;

  private readonly rowNumbers: number[] = [];
  private readonly cellFrom: number[] = [0];
  // Grown by doubling: a typed array takes a number as a plain store.
  private cells = 0;
  private cols = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private styles = new Int32Array(1024);
  private values = new Float64Array(1024);
  private readonly texts: string[] = [];
  private readonly items: SharedString[] = [];
  private readonly merges: Merge[] = [];
  private readonly hiddenColumns: number[] = [];
  private readonly hiddenRows: number[] = [];
  private filtered = false;

  open(name: string, attrs: () => Record<string, string>): void {
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
      if (name === 'row') this.openRow(attrs());
    } else if (name === 'sheetData') this.inData = true;
    // A filter, the sheet's own or a table's (filterMode: some filter is applied; an Excel table has its own), hides
    // rows out of view.
    else if (name === 'autoFilter' || name === 'tablePart' || (name === 'sheetPr' && isTrue(attrs()['filterMode']))) this.filtered = true;
    else if (name === 'mergeCell') {
      const ref = attrs()['ref'];
      const m = ref === undefined ? undefined : mergeOf(xmlAttribute(ref));
      if (m) this.merges.push(m);
    } else if (name === 'col') this.openColumns(attrs());
  }

  /** <col min max hidden>: a range of columns' settings, before the rows. */
  private openColumns(a: Record<string, string>): void {
    if (!isTrue(a['hidden'])) return;
    const min = digitsValue(a['min'] ?? '');
    const max = digitsValue(a['max'] ?? '') ?? min;
    if (min !== undefined && max !== undefined && min >= 1 && max >= min) this.hiddenColumns.push(min, max);
  }

  private openRow(a: Record<string, string>): void {
    const r = a['r'];
    // A row of a collapsed outline group is folded away, not hidden by hand.
    if (isTrue(a['hidden']) && !Number(a['outlineLevel'] ?? 0)) this.hiddenRows.push(this.rowNumbers.length);
    const number = r === undefined ? 0 : (digitsValue(r) ?? Number(xmlAttribute(r)));
    if (r !== undefined && (!Number.isInteger(number) || number < 1 || number > MAX_ROW)) throw new Damaged('row number');
    this.inRow = true;
    this.rowNumbers.push(number);
    this.col = 0;
  }

  private openCell(a: Record<string, string>): void {
    const r = a['r'];
    const col = r === undefined ? this.col + 1 : columnOf(r);
    if (col < 1 || col > MAX_COL) throw new Damaged('cell address');
    this.col = col;
    this.inCell = true;
    if (this.cells === this.cols.length) this.grow();
    this.cols[this.cells] = col;
    const t = a['t'];
    this.t = t === undefined ? undefined : xmlAttribute(t);
    const s = a['s'];
    this.style = (s !== undefined && (digitsValue(s) ?? parseInt(xmlAttribute(s), 10))) || 0;
    this.value = undefined;
    this.formula = false;
    this.node = undefined;
  }

  text(text: string): void {
    if (this.inInline) this.inline.onText(text);
    else if (this.node === 'v') this.value = this.value === undefined ? text : this.value + text;
    else if (this.node === 'f' && text !== '') this.formula = true;
  }

  close(name: string): void {
    if (this.inInline) {
      if (name === 'is') this.inInline = false;
      else this.inline.close(name);
    } else if (this.inCell) {
      if (name === 'c') this.endCell();
      else this.node = undefined;
    } else if (this.inRow) {
      if (name === 'row') {
        this.inRow = false;
        this.cellFrom.push(this.cells);
      }
    } else if (name === 'sheetData') this.inData = false;
  }

  private keep(list: (string | SharedString)[], x: string | SharedString): number {
    return list.push(x) - 1;
  }

  private endCell(): void {
    this.inCell = false;
    this.node = undefined;
    const { t, value } = this;
    let kind: CellKind;
    let v = 0;
    if (t === 'inlineStr') {
      const item = this.inline.end();
      this.inline.begin();
      if (item === '' && value === undefined && !this.formula) kind = this.style ? CellKind.Styled : CellKind.Listed;
      else {
        kind = CellKind.Inline;
        v = this.keep(this.items, item);
      }
    } else if (value === undefined) kind = this.formula || !this.style ? CellKind.Listed : CellKind.Styled;
    else if (t === 's') {
      kind = CellKind.Shared;
      v = digitsValue(value) ?? parseInt(value, 10);
    } else if (t === undefined || t === 'n') {
      kind = CellKind.Number;
      v = digitsValue(value) ?? parseFloat(value);
    } else if (t === 'str') {
      kind = CellKind.Text;
      v = this.keep(this.texts, value);
    } else if (t === 'b') {
      kind = CellKind.Bool;
      v = parseInt(value, 10) !== 0 ? 1 : 0;
    } else if (t === 'e') {
      kind = CellKind.Error;
      v = this.keep(this.texts, value);
    } else if (t === 'd') {
      kind = CellKind.IsoDate;
      v = this.keep(this.texts, value);
    } else {
      kind = CellKind.Number;
      v = parseFloat(value);
    }
    const i = this.cells++;
    this.kinds[i] = kind;
    this.styles[i] = this.style;
    this.values[i] = v;
  }

  private grow(): void {
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.cols = more(this.cols);
    this.kinds = more(this.kinds);
    this.styles = more(this.styles);
    this.values = more(this.values);
  }

  result(): SheetRows {
    if (this.inData || this.inRow) throw new Damaged('unfinished rows');
    return {
      rowNumbers: Int32Array.from(this.rowNumbers),
      cellFrom: Int32Array.from(this.cellFrom),
      // Copies of their own length: what a worker hands over is no larger than it must be.
      cols: this.cols.slice(0, this.cells),
      kinds: this.kinds.slice(0, this.cells),
      styles: this.styles.slice(0, this.cells),
      values: this.values.slice(0, this.cells),
      texts: this.texts,
      items: this.items,
      merges: this.merges,
      hiddenColumns: this.hiddenColumns,
      hiddenRows: this.hiddenRows,
      filtered: this.filtered,
    };
  }
}

/** A piece of a worksheet part, parsed. Throws Damaged on malformed XML and on rows or cells no sheet can hold. */
export function parseSheetRows(piece: string): SheetRows {
  const p = new RowsParser();
  parseXml(piece, { open: (n, a) => p.open(n, a), close: (n) => p.close(n), text: (t) => p.text(t) });
  return p.result();
}

/** The typed columns of a SheetRows, to be transferred rather than copied to another thread. */
export function transferables(rows: SheetRows): ArrayBuffer[] {
  return [rows.rowNumbers, rows.cellFrom, rows.cols, rows.kinds, rows.styles, rows.values].map((a) => a.buffer as ArrayBuffer);
}
