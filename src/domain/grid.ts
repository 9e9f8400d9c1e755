/**
 * The workbook as the engine sees it: plain data that either adapter (ExcelJS for files, Office.js for the open
 * workbook) produces. Nothing here knows where it came from.
 */
import type { CalendarDate } from './dates';

export interface TextRun {
  text: string;
  font?: string;
  /** Struck through: text a unit crossed out rather than deleted (false: the run's own font says it is not). */
  strike?: boolean;
}

export type Cell =
  // text: rich text and hyperlinks give their text; `strike`: all of it struck through (the words struck out of a
  // cell that keeps others are no part of its text).
  // `struckOut`: those words, kept aside so that what the text leaves out can be said.
  | { t: 's'; v: string; font?: string; runs?: TextRun[]; strike?: true; struckOut?: string }
  | { t: 'n'; v: number; font?: string }
  | { t: 'd'; v: CalendarDate } // a cell the workbook itself holds as a date, converted by its date system
  | { t: 'b'; v: boolean }
  | { t: 'e'; v: string }; // an error value such as "#N/A"

/** A merged range, 1-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /**
   * rows[r - 1][c - 1] is the cell at row r, column c; missing or null means empty. Read only: a reader may give
   * equal cells as one object.
   */
  rows: (Cell | null | undefined)[][];
  merges: Merge[];
  /**
   * Columns the workbook hides (1-based, within the rows' width), where the reader can tell: a field's visible column
   * is read before a hidden one with the same header (an old column kept out of sight).
   */
  hiddenColumns?: number[];
  /**
   * Rows the sheet hides (1-based), where the reader can tell; none of a filtered sheet, whose hidden rows are only
   * out of view.
   */
  hiddenRows?: number[];
  /** The workbook hides the sheet (hidden or very hidden), where the reader can tell. */
  hidden?: true;
  /**
   * A table of a Word document: the document's paragraphs above it (letterhead, title) and below it (date line,
   * signature), in reading order. Rows are then the table's own rows.
   */
  paragraphs?: { above: Cell[]; below: Cell[] };
}

export interface WorkbookGrid {
  /** The file's name as the user gave it (for messages and for the unit of a one-unit file). */
  fileName: string;
  /** The workbook counts dates from 1904 (old Mac files): serial numbers typed in date columns follow it. */
  date1904: boolean;
  sheets: SheetGrid[];
  /** A Word document shows a picture as wide as a list's (a scan or a photo): a list in it cannot be read. */
  pictured?: true;
}

/** The 1-based column number as letters ("A", "AB"). */
/** A Word document (its tables read as sheets): rows with numbers, but no cells named "B2". */
/**
 * The runs of a cell that keeps some unstruck: a struck run is no part of its text, but one that held a space leaves
 * the space («Nguyễn Văn» ~~« »~~ «Tâm» is not «Nguyễn VănTâm»).
 */
export function unstruckRuns(runs: readonly TextRun[]): TextRun[] {
  return runs.flatMap((r) => (!r.strike ? [r] : /\s/.test(r.text) ? [{ text: ' ', font: r.font }] : []));
}

/** The words struck out of a cell that keeps others, as one text ("" when none). */
export function struckOutText(runs: readonly TextRun[]): string {
  return runs
    .filter((r) => r.strike)
    .map((r) => r.text.trim())
    .filter(Boolean)
    .join(' ');
}

export const isWordFile = (file: string) => /\.docx$/i.test(file);

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
