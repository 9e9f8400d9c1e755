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

const letterWidth = (ch: string): number => TIMES_WIDTHS[ch] ?? TIMES_WIDTHS[ch.normalize('NFD').charAt(0)] ?? DEFAULT_WIDTH;

/** The widths of the characters up to U+1EFF (Vietnamese's among them) worked out once: normalising each is slow. */
const UNIT_WIDTHS = Uint16Array.from({ length: 0x1f00 }, (_, c) => letterWidth(String.fromCharCode(c)));

/** Width in thousandths of an em of one character (a code point), as textWidthEm adds them. */
function charWidth(ch: string): number {
  return ch.length === 1 && ch.charCodeAt(0) < 0x1f00 ? (UNIT_WIDTHS[ch.charCodeAt(0)] as number) : letterWidth(ch);
}

/** Width of a text in ems of Times New Roman (bold about 5 % wider). */
function textWidthEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return emOf(w, bold);
}

const emOf = (thousandths: number, bold: boolean) => (thousandths / 1000) * (bold ? 1.05 : 1);

/**
 * Lines a wrapped text takes in a column (or merged columns) `width` units wide, word by word, as Excel and
 * LibreOffice wrap it. Excel does not grow rows to fit wrapped text when it opens a file, so the writer sets
 * heights itself.
 */
export function wrappedLines(text: string, width: number, fontSize: number, bold = false): number {
  const wrap = new Wrap(width, fontSize, bold);
  return wrap.lines(wrap.feed(wrap.start, text));
}

/**
 * Where wrapping stands after some text: lines begun, ems used on the last, the width so far (thousandths of an em,
 * whole numbers: added in any order, the same sum) of the word not yet ended, and a first half of a character cut off.
 */
export interface WrapState {
  readonly lines: number;
  readonly used: number;
  readonly word: number;
  readonly high: string;
}

/**
 * wrappedLines a piece at a time, for a text that grows (a part of a long cell, word after word): each character is
 * measured once, so the lines of every prefix cost no more than the text's own. Same words, same sums: the same count
 * as wrappedLines of the whole.
 */
export class Wrap {
  readonly start: WrapState = { lines: 1, used: 0, word: 0, high: '' };
  private readonly available: number;
  private readonly space: number;

  constructor(width: number, fontSize: number, private readonly bold = false) {
    // The column's pixels (96 to the inch) less the cell's own padding, in ems of this font.
    this.available = ((width * UNIT_PX + COLUMN_PADDING_PX - 8) * 72) / 96 / fontSize;
    this.space = textWidthEm(' ', bold);
  }

  /** The state after `text` follows what `s` stood for. */
  feed(s: WrapState, text: string): WrapState {
    const at = { lines: s.lines, used: s.used };
    let word = s.word;
    let high = s.high;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (high) {
        // A character in two halves, the first at the end of the text fed before.
        const pair = c >= 0xdc00 && c <= 0xdfff;
        word += charWidth(pair ? high + text[i] : high);
        high = '';
        if (pair) continue;
      }
      if (c === 0x20 || c === 0x0a) {
        this.place(at, word);
        word = 0;
        // A line break begins a paragraph on a line of its own.
        if (c === 0x0a) {
          at.lines++;
          at.used = 0;
        }
      } else if (c < 0x1f00) word += UNIT_WIDTHS[c] as number;
      else if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 < text.length) {
          const pair = text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
          word += charWidth(text.slice(i, pair ? i + 2 : i + 1));
          if (pair) i++;
        } else high = text.charAt(i);
      } else word += letterWidth(text.charAt(i));
    }
    return { lines: at.lines, used: at.used, word, high };
  }

  /** Lines of the text `s` stands for, as it ends there. */
  lines(s: WrapState): number {
    const at = { lines: s.lines, used: s.used };
    this.place(at, s.word + (s.high ? charWidth(s.high) : 0));
    return at.lines;
  }

  private place(at: { lines: number; used: number }, word: number): void {
    let w = emOf(word, this.bold);
    if (at.used > 0 && at.used + this.space + w <= this.available) {
      at.used += this.space + w;
      return;
    }
    if (at.used > 0) at.lines++;
    // A word longer than the line is broken where it overflows.
    while (w > this.available) {
      at.lines++;
      w -= this.available;
    }
    at.used = w;
  }
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
