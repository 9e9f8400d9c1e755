/**
 * "Trùng" / "Không trùng" decisions in the duplicate matcher's own format (src/domain/decision-sheet.ts): one row per
 * decision in the sheet "Quyết định trùng lặp", keyed by the group's stable key. In Excel the row is written into
 * the workbook; in a browser the decisions of the session are given to the engine as that same sheet, in memory.
 */
import { CalendarDate, formatDate } from '../domain/dates/calendar';
import { DECISION_COLUMNS, DECISION_SHEET_NAME, DECISION_TEXTS } from '../domain/decision-sheet';
import type { Finding } from '../domain/findings/finding';
import { msg } from '../domain/findings/messages';
import type { Cell, SheetGrid, WorkbookGrid } from '../domain/grid';

/** How a verdict is written in the sheet's "Quyết định" column. */
export const VERDICT_TEXT = { duplicate: DECISION_TEXTS.duplicate.written, 'not-duplicate': DECISION_TEXTS['not-duplicate'].written } as const;

/** The cells of the decision row for a DUPLICATE finding, in DECISION_COLUMNS order (all text). */
export function decisionCells(f: Finding, date: CalendarDate, note = '', verdict: keyof typeof VERDICT_TEXT = 'not-duplicate'): string[] {
  if (!f.groupKey) throw new Error('a DUPLICATE finding carries its group key');
  const members = (f.rows ?? []).map((r) => `${r.file} «${r.sheet}» dòng ${r.row}`).join(', ');
  return [
    f.groupKey,
    members ? `${f.message} (${members})` : f.message,
    f.confidence ? msg.duplicateConfidence(f.confidence) : '',
    VERDICT_TEXT[verdict],
    formatDate(date),
    note,
  ];
}

const text = (v: string): Cell | null => (v ? { t: 's', v } : null);

/** A decision sheet holding the given rows, for the engine to read like the workbook's own. */
function decisionSheet(rows: string[][]): SheetGrid {
  return { name: DECISION_SHEET_NAME, merges: [], rows: [[...DECISION_COLUMNS].map(text), ...rows.map((r) => r.map(text))] };
}

/** The grids with the session's decisions added to the first one (a decision sheet alone is no workbook). */
export function withDecisions(grids: WorkbookGrid[], rows: string[][]): WorkbookGrid[] {
  const [first, ...rest] = grids;
  if (!first || !rows.length) return grids;
  return [{ ...first, sheets: [...first.sheets, decisionSheet(rows)] }, ...rest];
}
