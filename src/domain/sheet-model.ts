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
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  repeatRows?: { from: number; to: number };
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

/**
 * Lines a wrapped text takes in a column, word by word. Excel does not grow rows to fit wrapped text when it opens
 * a file, so the writer sets heights itself; a character of 12 pt Times is about one width unit.
 */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(4, Math.floor((width * 12) / fontSize) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        lines++;
        used = w;
      }
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/** Row heights (points) for rows of wrapped cells, from the longest cell of each row. */
export function fitRowHeights(model: SheetModel, rows: number[], fontSize: number): Record<number, number> {
  const wanted = new Set(rows);
  const lines = new Map<number, number>();
  const merged = (row: number, col: number) => model.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  for (const c of model.cells) {
    if (!wanted.has(c.row) || !c.style?.wrap || typeof c.value !== 'string' || merged(c.row, c.col)) continue;
    const n = wrappedLines(c.value, model.widths[c.col - 1] ?? 10, fontSize);
    lines.set(c.row, Math.max(lines.get(c.row) ?? 1, n));
  }
  const out: Record<number, number> = {};
  for (const [row, n] of lines) if (n > 1) out[row] = Math.ceil(n * fontSize * 1.3 + 3);
  return out;
}
