/**
 * A sheet to write, as data: cells, merges, styles and page setup. The domain builds it; either adapter writes it,
 * so the command line and the add-in produce the very same sheet.
 */
import type { Merge } from './grid';

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface CellStyle {
  font?: FontStyle;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on these sides. */
  border?: ('top' | 'bottom' | 'left' | 'right')[];
  /** Excel number format; text cells use "@" so that nothing typed like a formula is ever evaluated. */
  numFmt?: string;
}

export interface CellModel {
  row: number;
  col: number;
  /** Strings are always written as text, numbers as numbers; never a formula. */
  value: string | number;
  style?: CellStyle;
  /**
   * The same text in runs of their own font, where a writer can show them (ExcelJS rich text); `value` is their
   * concatenation, which a writer without rich text writes in the cell's style.
   */
  runs?: { text: string; font?: FontStyle }[];
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Shrink to one page wide; false prints at 100 % (the columns must then fit the page). */
  fitToWidth: boolean;
  /** Centre footer in Excel's header/footer codes ("Trang &P/&N"). */
  footer?: string;
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  repeatRows?: { from: number; to: number };
  /** Rows that begin a new printed page (manual page breaks above them). */
  breaksBefore?: number[];
}

export interface SheetModel {
  name: string;
  /** Column widths in Excel's character units, from column 1. */
  widths: number[];
  rowHeights?: Record<number, number>;
  cells: CellModel[];
  merges: Merge[];
  page?: PageSetup;
  /** Freeze the rows above this one. */
  freezeRows?: number;
}

/** Text as it must be written: a string value, formatted as text. */
export function textCell(row: number, col: number, value: string, style: CellStyle = {}): CellModel {
  return { row, col, value, style: { ...style, numFmt: '@' } };
}

/** A sheet name Excel accepts (at most 31 characters, none of : \ / ? * [ ]) and not in `taken`. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Trang';
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel's column width unit in pixels (a digit of the default font, 7 px) and the padding of a column. */
const UNIT_PX = 7;
const COLUMN_PADDING_PX = 5;

/** Printed width in millimetres of columns of these widths (Excel character units, 96 px to the inch). */
export function printedWidthMm(widths: number[]): number {
  return widths.reduce((sum, w) => sum + w * UNIT_PX + COLUMN_PADDING_PX, 0) * (25.4 / 96);
}

// Advance widths of Times New Roman (and its metric twin Liberation Serif) in thousandths of an em, by base letter;
// a letter with diacritics is as wide as its base letter.
const TIMES_WIDTHS: Record<string, number> = {
  ...Object.fromEntries([...'abcdeghknopquvxyz'].map((c) => [c, 500])),
  ...Object.fromEntries([...'acez'].map((c) => [c, 444])),
  f: 333, i: 278, j: 278, l: 278, m: 778, r: 333, s: 389, t: 278, w: 722, đ: 500,
  ...Object.fromEntries([...'ACDGHKNOQUVXY'].map((c) => [c, 722])),
  B: 667, E: 611, F: 556, I: 333, J: 389, L: 611, M: 889, P: 556, R: 667, S: 556, T: 611, W: 944, Z: 611, Đ: 722,
  ' ': 250, ',': 250, '.': 250, ';': 278, ':': 278, '-': 333, '(': 333, ')': 333, '/': 278, '%': 833, '–': 500, '«': 500, '»': 500,
};
const DEFAULT_WIDTH = 500;

/** Width of a text in ems of Times New Roman (bold about 5 % wider). */
function textWidthEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += TIMES_WIDTHS[ch] ?? TIMES_WIDTHS[ch.normalize('NFD').charAt(0)] ?? DEFAULT_WIDTH;
  return (w / 1000) * (bold ? 1.05 : 1);
}

/**
 * Lines a wrapped text takes in a column (or merged columns) `width` units wide, word by word, as Excel and
 * LibreOffice wrap it. Excel does not grow rows to fit wrapped text when it opens a file, so the writer sets
 * heights itself.
 */
export function wrappedLines(text: string, width: number, fontSize: number, bold = false): number {
  // The column's pixels (96 to the inch) less the cell's own padding, in ems of this font.
  const available = ((width * UNIT_PX + COLUMN_PADDING_PX - 8) * 72) / 96 / fontSize;
  const space = textWidthEm(' ', bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      let w = textWidthEm(word, bold);
      if (used > 0 && used + space + w <= available) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line is broken where it overflows.
      while (w > available) {
        lines++;
        w -= available;
      }
      used = w;
    }
  }
  return lines;
}

/** Excel's tallest row, in points: a file asking for more is refused or cut (a sheet splits longer text itself). */
export const MAX_ROW_HEIGHT = 409;

/** Height in points of a row holding `lines` lines of text of this size. */
export function lineHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.25 + 3);
}

/**
 * Row heights (points) that fit the wrapped cells of the given rows: each cell by its own font, a cell merged
 * across columns of one row by the merged width. Rows whose text fits one line keep their height.
 */
export function fitRowHeights(model: SheetModel, rows: number[], fontSize: number): Record<number, number> {
  const wanted = new Set(rows);
  const heights = new Map<number, number>();
  const mergeAt = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const m of model.merges) {
    mergeAt.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  for (const c of model.cells) {
    if (!wanted.has(c.row) || !c.style?.wrap || typeof c.value !== 'string' || covered.has(`${c.row}:${c.col}`)) continue;
    const m = mergeAt.get(`${c.row}:${c.col}`);
    // A cell merged over several rows shares its height among them: left to the rows' own sizes.
    if (m && m.bottom > m.top) continue;
    let width = 0;
    for (let col = c.col; col <= (m?.right ?? c.col); col++) width += model.widths[col - 1] ?? 10;
    const size = c.style.font?.size ?? fontSize;
    const n = wrappedLines(c.value, width, size, c.style.font?.bold);
    if (n > 1) heights.set(c.row, Math.min(MAX_ROW_HEIGHT, Math.max(heights.get(c.row) ?? 0, lineHeight(n, size))));
  }
  return Object.fromEntries(heights);
}
