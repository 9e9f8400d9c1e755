/**
 * A worksheet part's rows as compact columns, read with saxen (on worksheets a third faster than saxes, the parser
 * ExcelJS uses; xml-text.ts gives its texts as saxes does) and typed exactly as ExcelJS's cell parser
 * (xlsx/xform/sheet/cell-xform.js, parseClose) first types them. ExcelJS's own worksheet parser builds an object per
 * cell and per parse event; on a 100,000-row list that costs as much as the XML parsing. Columns are also cheap to
 * hand over from a worker thread. Whatever this reader does not handle (rich-text inline strings, rows or cells
 * without an address, unknown elements in the rows) throws, and the caller falls back to ExcelJS's `load`.
 */
import utils from 'exceljs/lib/utils/utils';
import { Parser } from 'saxen';
import { assertXml10, ownTexts, UnreadableXml, xmlAttribute, xmlText } from './xml-text';

/** A cell's kind: what ExcelJS's first guess at its type is, and what its value column holds. */
export const CellKind = {
  /** No value, but a style: ExcelJS types it Null, and does not list its row for it. */
  Styled: 0,
  /** No value, no style: ExcelJS guesses a merged cell, and still lists its row. */
  Bare: 1,
  Number: 2,
  /** value: index into the shared strings. */
  Shared: 3,
  /** value: index into `texts`. */
  Text: 4,
  /** value: 1 or 0. */
  Bool: 5,
  /** value: index into `texts` (the error's text, e.g. "#N/A"). */
  Error: 6,
  /** A formula without a cached result. */
  Formula: 7,
  FormulaNumber: 8,
  FormulaText: 9,
  FormulaBool: 10,
  FormulaError: 11,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Rows in document order; the cells of row i are cellFrom[i] .. cellFrom[i + 1] - 1. */
export interface SheetRows {
  rowNumbers: Int32Array;
  cellFrom: Int32Array;
  cols: Int32Array;
  kinds: Uint8Array;
  /** Style ids; 0 for none (ExcelJS ignores a style id of 0 as well). */
  styles: Int32Array;
  values: Float64Array;
  texts: string[];
  /** The merged ranges, as written ("A1:C1"). */
  merges: string[];
}

class Unsupported extends UnreadableXml {}

/** An attribute's value as saxes gives it (xml-text.ts). */
function attribute(attrs: Record<string, string>, name: string): string | undefined {
  const raw = attrs[name];
  return raw === undefined ? undefined : xmlAttribute(raw);
}

/** The 1-based column of a cell address such as "AB12"; 0 when it is not one. */
function columnOf(address: string | undefined): number {
  if (!address) return 0;
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return i > 0 && i < address.length ? col : 0;
}

/**
 * The value of a text of one to nine decimal digits, which parseInt and parseFloat would both give; else undefined.
 * Most values are such (shared string indexes, years, row numbers), and this reads them without the general parsers.
 */
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

type ValueNode = 'v' | 'f' | 't' | undefined;

class RowsBuilder {
  private inData = false;
  private inRow = false;
  private inCell = false;
  private node: ValueNode;
  // The open cell, as cell-xform keeps it.
  private t: string | undefined;
  private style = 0;
  private value: string | undefined;
  private formula: string | undefined;
  private shareType: string | undefined;

  readonly rowNumbers: number[] = [];
  readonly cellFrom: number[] = [0];
  // The cells' columns, grown by doubling: a typed array takes a number as a plain store, where a growing array of a
  // million numbers is copied and scanned by the collector.
  private cells = 0;
  private cols = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  private styles = new Int32Array(1024);
  private values = new Float64Array(1024);
  readonly texts: string[] = [];
  readonly merges: string[] = [];

  open(name: string, attributes: () => Record<string, string>): void {
    if (this.inCell) {
      if (name === 'v' || name === 't') this.node = name;
      else if (name === 'f') {
        this.node = 'f';
        this.shareType = attribute(attributes(), 't');
      } else if (name !== 'is') throw new Unsupported(name);
    } else if (this.inRow) {
      if (name !== 'c') throw new Unsupported(name);
      const attrs = attributes();
      const col = columnOf(attribute(attrs, 'r'));
      if (!col) throw new Unsupported('cell address');
      this.inCell = true;
      if (this.cells === this.cols.length) this.grow();
      this.cols[this.cells] = col;
      this.t = attribute(attrs, 't');
      const s = attribute(attrs, 's');
      this.style = (s && (digitsValue(s) ?? parseInt(s, 10))) || 0;
      this.value = this.formula = this.shareType = undefined;
    } else if (this.inData) {
      if (name !== 'row') throw new Unsupported(name);
      const r = Number(attribute(attributes(), 'r'));
      if (!Number.isInteger(r) || r < 1) throw new Unsupported('row number');
      this.inRow = true;
      this.rowNumbers.push(r);
    } else if (name === 'sheetData') this.inData = true;
    else if (name === 'mergeCell') {
      const ref = attribute(attributes(), 'ref');
      if (ref) this.merges.push(ref);
    }
  }

  text(raw: string): void {
    // Read even where it is not kept: a text saxes refuses makes the part unreadable wherever it stands.
    const text = xmlText(raw);
    if (!this.node) return;
    if (this.node === 'f') this.formula = this.formula === undefined ? text : this.formula + text;
    else this.value = this.value === undefined ? text : this.value + text;
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === 'c') this.endCell();
      else this.node = undefined;
    } else if (this.inRow) {
      this.inRow = false;
      this.cellFrom.push(this.cells);
    } else if (name === 'sheetData') this.inData = false;
  }

  private keep(s: string): number {
    return this.texts.push(s) - 1;
  }

  /** cell-xform's parseClose: the first guess at the type, and the value read for it. */
  private endCell(): void {
    this.inCell = false;
    this.node = undefined;
    const { t, value } = this;
    let kind: CellKind;
    let v = 0;
    if (this.formula || this.shareType) {
      if (!value) kind = CellKind.Formula;
      else if (t === 'str') {
        kind = CellKind.FormulaText;
        v = this.keep(utils.xmlDecode(value));
      } else if (t === 'b') {
        kind = CellKind.FormulaBool;
        v = parseInt(value, 10) !== 0 ? 1 : 0;
      } else if (t === 'e') {
        kind = CellKind.FormulaError;
        v = this.keep(value);
      } else {
        kind = CellKind.FormulaNumber;
        v = parseFloat(value);
      }
    } else if (value === undefined) kind = this.style ? CellKind.Styled : CellKind.Bare;
    else if (t === 's') {
      kind = CellKind.Shared;
      v = digitsValue(value) ?? parseInt(value, 10);
    } else if (t === undefined || t === 'n') {
      kind = CellKind.Number;
      v = digitsValue(value) ?? parseFloat(value);
    } else if (t === 'str' || t === 'inlineStr') {
      kind = CellKind.Text;
      v = this.keep(t === 'str' ? utils.xmlDecode(value) : value);
    } else if (t === 'b') {
      kind = CellKind.Bool;
      v = parseInt(value, 10) !== 0 ? 1 : 0;
    } else if (t === 'e') {
      kind = CellKind.Error;
      v = this.keep(value);
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
    if (this.inData || this.inRow) throw new Unsupported('unfinished rows');
    return {
      rowNumbers: Int32Array.from(this.rowNumbers),
      cellFrom: Int32Array.from(this.cellFrom),
      // Copies of their own length: what a worker hands over is no larger than it must be.
      cols: this.cols.slice(0, this.cells),
      kinds: this.kinds.slice(0, this.cells),
      styles: this.styles.slice(0, this.cells),
      values: this.values.slice(0, this.cells),
      texts: ownTexts(this.texts),
      merges: this.merges,
    };
  }
}

/**
 * Parses a worksheet part given in pieces (their concatenation is the XML), or a run of rows wrapped in
 * `<sheetData>` … `</sheetData>`. Throws on malformed XML and on what it does not handle.
 */
export function parseSheetRows(pieces: string[]): SheetRows {
  const builder = new RowsBuilder();
  const parser = new Parser();
  parser.on('openTag', (name, attributes) => builder.open(name, attributes));
  parser.on('text', (raw) => builder.text(raw));
  parser.on('closeTag', (name) => builder.close(name));
  parser.on('question', assertXml10);
  // What saxen only warns of (a malformed attribute, text outside the root), saxes refuses: refused here too.
  parser.on('warn', (e) => {
    throw new Unsupported(e.message);
  });
  parser.parse(pieces.join(''));
  return builder.result();
}

/** The typed columns of a SheetRows, to be transferred rather than copied to another thread. */
export function transferables(rows: SheetRows): ArrayBuffer[] {
  return [rows.rowNumbers, rows.cellFrom, rows.cols, rows.kinds, rows.styles, rows.values].map((a) => a.buffer as ArrayBuffer);
}
