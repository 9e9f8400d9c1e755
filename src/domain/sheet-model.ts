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
