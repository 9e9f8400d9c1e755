/**
 * A large worksheet part cut at a row boundary, so that two threads can parse it at once: the first piece is the
 * part without the rows after the cut (so it keeps the columns and merged ranges), the second is those rows alone.
 * Parsed and put back together, the pieces give the rows of the whole. The cut is made in the UTF-8 bytes, before
 * they are decoded: "<row" is ASCII, and in UTF-8 no byte of a multi-byte character is ASCII.
 */
import { parseSheetRows, SheetRows } from './sheet-rows';

const OPEN = '<sheetData>';
const CLOSE = '</sheetData>';

/** Byte ranges [start, end) of the part. */
export interface SheetCut {
  /** The head up to the cut and the tail from `</sheetData>` on: together, a whole worksheet. */
  first: [[number, number], [number, number]];
  /** Rows only; wrap them in `<sheetData>` … `</sheetData>` to parse. */
  rest: [number, number];
}

const isNameEnd = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;

/** Whether "<!" occurs in [from, to). Looked for by its "!", a rare byte, rather than by "<", which opens every tag. */
function hidesMarkup(xml: Buffer, from: number, to: number): boolean {
  for (let i = xml.indexOf(0x21, from + 1); i >= 0 && i < to; i = xml.indexOf(0x21, i + 1)) if (xml[i - 1] === 0x3c) return true;
  return false;
}

/** Where to cut, or undefined when the part is not one the cut can be sure of. */
export function cutSheet(xml: Buffer, share = 0.5): SheetCut | undefined {
  const open = xml.indexOf(OPEN);
  const close = xml.lastIndexOf(CLOSE);
  if (open < 0 || close < open) return undefined;
  const rowsStart = open + OPEN.length;
  // Inside cell data "<" is always escaped, so "<row" opens a row, unless comments or CDATA sections ("<!") hide
  // markup. (A second sheetData, or anything else unusual, makes the pieces fail to parse, and the caller falls back.)
  if (hidesMarkup(xml, rowsStart, close)) return undefined;
  let cut = xml.indexOf('<row', rowsStart + Math.floor((close - rowsStart) * share));
  while (cut >= 0 && cut < close && !isNameEnd(xml[cut + 4])) cut = xml.indexOf('<row', cut + 4);
  if (cut <= rowsStart || cut >= close) return undefined;
  return { first: [[0, cut], [close, xml.length]], rest: [cut, close] };
}

/** The first piece of a cut part (its head and tail), parsed. */
export function parseFirstPiece(xml: Buffer, first: SheetCut['first']): SheetRows {
  return parseSheetRows(first.map(([from, to]) => xml.toString('utf8', from, to)));
}

/** The rows after a cut, as text, parsed: they are wrapped in the element they came from. */
export function parseRest(rows: string): SheetRows {
  return parseSheetRows([OPEN, rows, CLOSE]);
}
