/**
 * What a Word table adds to its recognised table: the paragraphs above it as its title block, the date line below
 * it, and for each row the text of its first cells, so that a finding points into the document as a person looks.
 */
import type { Cell } from '../grid';
import type { Finding } from '../findings/finding';
import type { NotGoingOn } from '../findings/messages';
import { isColumnNumberRow } from '../recognition/header';
import { groupLabel, isKindLabel } from '../recognition/rows';
import type { SheetView } from '../recognition/sheet-view';
import type { Registration } from '../records';
import { firstBlankDayLine, listDateLine, paragraphTexts } from './date-line';
import type { RecognizedTable } from './recognize';

/**
 * The table with the paragraphs around it: above, its title block; below (or above), its date line. `since`: how
 * many of the paragraphs above stand above the document's table before it; those after are this table's own heading
 * ("II. BỔ SUNG GIAI ĐOẠN 2023 - 2025").
 */
export function withParagraphs(table: RecognizedTable, around: { above: Cell[]; below: Cell[] }, since?: number): RecognizedTable {
  const above = paragraphTexts(around.above);
  const below = paragraphTexts(around.below);
  const heading = since === undefined ? [] : paragraphTexts(around.above.slice(since));
  const dated = table.dateLine ? undefined : listDateLine(below, above);
  const dateLine = table.dateLine ?? dated?.date;
  const dateLineOf = table.dateLine ? table.dateLineOf : dated?.of;
  const dateLineMonth = dateLine ? undefined : (table.dateLineMonth ?? firstBlankDayLine(below) ?? firstBlankDayLine(above));
  return {
    ...table,
    titleTexts: [...above, ...table.titleTexts],
    paragraphsAbove: above,
    paragraphsBelow: below,
    ...(heading.length ? { headingTexts: [...heading, ...(table.headingTexts ?? [])] } : {}),
    ...(dateLine ? { dateLine } : {}),
    ...(dateLineOf ? { dateLineOf } : {}),
    ...(dateLineMonth ? { dateLineMonth } : {}),
  };
}

/**
 * A title row merged across the whole table right over its header row ("DANH SÁCH DỰ PHÒNG" as the table's first
 * row), which the header reads as the parent of every column: its text, as a title above the table would be.
 */
export function titleOverHeader({ view, header }: RecognizedTable): string[] {
  const m = view.mergeAt(header.row, 1);
  return m && m.top === header.row && m.bottom === header.row && m.right >= view.colCount && header.dataStart > header.row + 1 ? [view.text(header.row, 1)] : [];
}

const ROW_TEXT_CELLS = 3;
const ROW_TEXT_MAX = 80;

/** The first few distinct texts of a row ("3 | Nguyễn Văn Hùng | 1975"). */
function rowTextOf(view: SheetView, r: number): string {
  const texts: string[] = [];
  for (let c = 1; c <= view.colCount && texts.length < ROW_TEXT_CELLS; c++) {
    const t = view.text(r, c).replace(/\s+/g, ' ');
    if (t && !texts.includes(t)) texts.push(t);
  }
  const text = texts.join(' | ');
  return text.length > ROW_TEXT_MAX ? `${text.slice(0, ROW_TEXT_MAX - 1)}…` : text;
}

/**
 * The registrations and the reading's findings of Word tables with the text of their row (views by file, then
 * sheet): new records and findings where there is one, the others as they are.
 */
export function withRowTexts(
  wordViews: Map<string, Map<string, SheetView>>,
  registrations: Registration[],
  findings: Finding[],
): { registrations: Registration[]; findings: Finding[] } {
  if (!wordViews.size) return { registrations, findings };
  const textOf = (file: string, sheet: string | undefined, row: number | undefined): string | undefined => {
    if (sheet === undefined || row === undefined) return undefined;
    const view = wordViews.get(file)?.get(sheet);
    return view ? rowTextOf(view, row) || undefined : undefined;
  };
  return {
    registrations: registrations.map((reg) => {
      const rowText = textOf(reg.source.file, reg.source.sheet, reg.source.row);
      return rowText ? { ...reg, source: { ...reg.source, rowText } } : reg;
    }),
    findings: findings.map((f) => {
      const rowText = textOf(f.file, f.sheet, f.row);
      return rowText ? { ...f, rowText } : f;
    }),
  };
}

/** A row's number in the STT column ("3", "3."), if it has one. */
function rowNumber(view: SheetView, r: number, col: number): number | undefined {
  const m = /^(\d{1,4})\.?$/.exec(view.text(r, col));
  return m ? Number(m[1]) : undefined;
}

/** The texts of a row, distinct, left to right. */
function rowTexts(view: SheetView, r: number): string[] {
  const texts: string[] = [];
  for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts;
}

/** A group row's label ("II. CÁ NHÂN" in one cell, or its number and its label in two: "II | CÁ NHÂN"), if the row is one. */
function groupRowLabel(texts: string[]): string | undefined {
  const numbered = texts.length === 2 && /^([IVX]{1,4}|[A-Za-z])[.)]?$/.test(texts[0] as string);
  const label = texts.length === 1 ? (texts[0] as string) : numbered ? `${(texts[0] as string).replace(/[.)]$/, '')}. ${texts[1]}` : '';
  return label && (groupLabel(label) || isKindLabel(label)) ? label : undefined;
}

/**
 * How a headerless table's rows begin: its first number (and whether a group row stands above it, which may number
 * again from 1), or the first row that is neither numbered nor a group row. A row of column numbers ("(1) | (2) | …",
 * the header's last row repeated) may stand first.
 */
function firstNumber(view: SheetView, stt: number): { n: number; group: boolean } | { other: string } | undefined {
  let group = false;
  for (let r = isColumnNumberRow(view, 1) ? 2 : 1; r <= view.rowCount; r++) {
    const n = rowNumber(view, r, stt);
    if (n !== undefined) return { n, group };
    const texts = rowTexts(view, r);
    if (!texts.length) continue;
    if (!groupRowLabel(texts)) return { other: rowTextOf(view, r) };
    group = true;
  }
  return undefined;
}

/** The last column holding a text in any row (0 for an empty table). */
function lastWrittenColumn(view: SheetView): number {
  let last = 0;
  for (let r = 1; r <= view.rowCount; r++) for (let c = view.colCount; c > last; c--) if (view.text(r, c)) last = c;
  return last;
}

/** The number of a table's last numbered row, in its STT column. */
function lastNumber(table: RecognizedTable): number | undefined {
  const stt = table.header.columns.get('stt');
  if (stt === undefined) return undefined;
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const n = rowNumber(table.view, (table.rows[i] as { r: number }).r, stt);
    if (n !== undefined) return n;
  }
  return undefined;
}

/**
 * The reserve a Word table goes on from when it is the second part of the reserve's table, split at a page break
 * with the header typed again over it: right after that table (`previous`, the document's table before it),
 * nothing written between, the same header, its rows numbered on.
 */
export function reserveGoingOn(table: RecognizedTable, previous: RecognizedTable): string | undefined {
  if (!previous.reserve || table.headingTexts?.length || table.header.kind !== previous.header.kind) return undefined;
  const labels = (t: RecognizedTable) => JSON.stringify([...t.header.labels.entries()].sort((a, b) => a[0] - b[0]));
  if (labels(table) !== labels(previous)) return undefined;
  const stt = table.header.columns.get('stt');
  const first = table.rows[0];
  const last = lastNumber(previous);
  return stt !== undefined && first && last !== undefined && rowNumber(table.view, first.r, stt) === last + 1 ? previous.reserve : undefined;
}

/**
 * A Word table without a header that goes on from the registrations table right before it (split by a page break,
 * the header not repeated): the same columns, and its rows numbered on from the last numbered row of that table, or
 * from 1 under a group row ("II. CÁ NHÂN") that starts a new group at the top of the page. Columns are the table's
 * grid, empty cells counted: a part of the list where «Ghi chú» is empty all the way down still has that column. It
 * has them when its grid reaches the header's last labelled column and nothing is written beyond that table's columns.
 * Returns that table, to read this one with its header; else why not.
 */
export function wordTableGoingOn(view: SheetView, previous: RecognizedTable | undefined, views: readonly SheetView[]): { from: RecognizedTable } | NotGoingOn {
  if (!previous || previous.header.kind !== 'registrations' || views[views.indexOf(view) - 1] !== previous.view) return { why: 'noList' };
  const name = previous.view.name;
  const labelled = Math.max(0, ...previous.header.labels.keys());
  const widest = Math.max(previous.view.colCount, labelled);
  if (view.colCount < labelled || lastWrittenColumn(view) > widest)
    return { why: 'columns', previous: name, cols: Math.max(view.colCount, lastWrittenColumn(view)), previousCols: widest };
  const stt = previous.header.columns.get('stt');
  const last = lastNumber(previous);
  if (stt === undefined || last === undefined) return { why: 'unnumbered', previous: name };
  const first = firstNumber(view, stt);
  if (first && 'other' in first) return { why: 'firstRow', previous: name, text: first.other };
  if (!first) return { why: 'sttColumn', previous: name };
  return first.n === last + 1 || (first.group && first.n === 1) ? { from: previous } : { why: 'numbering', previous: name, first: first.n, last };
}

/**
 * The header of a Word table that is not a list's: its first row, of labels («STT | Đối tượng | Số lượng»), over
 * numbered rows (a summary of the list's counts). Its labels, joined; undefined for a table that starts with data.
 */
export function ownHeaderOf(view: SheetView): string | undefined {
  for (let r = 1; r <= view.rowCount; r++) {
    const texts = rowTexts(view, r);
    if (!texts.length) continue;
    if (texts.length < 2 || isColumnNumberRow(view, r) || groupRowLabel(texts) || texts.some((t) => /^\(?\d/.test(t))) return undefined;
    return texts.join(' | ');
  }
  return undefined;
}

/** A Word table of numbered rows (a list's, not a letterhead's or a signature's): worth saying it was not read. */
export function looksLikeData(view: SheetView): boolean {
  if (view.colCount < 3) return false;
  for (let r = 1; r <= view.rowCount; r++) {
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (!t) continue;
      if (/^\d{1,4}\.?$/.test(t)) return true;
      break;
    }
  }
  return false;
}
