/** The user's decisions on duplicate groups, read back from the sheet the product keeps them in (decision-sheet.ts). */
import { DECISION_COLUMNS, parseDecision } from '../decision-sheet';
import type { SheetView } from '../recognition/sheet-view';
import type { DecisionEntry } from '../records';
import { asciiKey } from '../text';

const KEY_HEADER = asciiKey(DECISION_COLUMNS[0]);
const DECISION_HEADER = asciiKey(DECISION_COLUMNS[3]);
const DATE_HEADER = asciiKey(DECISION_COLUMNS[4]);
const NOTE_HEADER = asciiKey(DECISION_COLUMNS[5]);
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads the decisions of a "Quyết định trùng lặp" sheet: the header row (within the first rows) locates the
 * "Mã nhóm" and "Quyết định" columns, whatever their order; rows without a key or a recognised decision are
 * ignored.
 */
export function readDuplicateDecisions(view: SheetView): DecisionEntry[] {
  for (let h = 1; h <= Math.min(HEADER_SEARCH_ROWS, view.rowCount); h++) {
    const cols = new Map<string, number>();
    for (let c = 1; c <= view.colCount; c++) {
      const k = asciiKey(view.text(h, c));
      if (k && !cols.has(k)) cols.set(k, c);
    }
    const keyCol = cols.get(KEY_HEADER);
    const decisionCol = cols.get(DECISION_HEADER);
    if (keyCol === undefined || decisionCol === undefined) continue;
    const dateCol = cols.get(DATE_HEADER);
    const noteCol = cols.get(NOTE_HEADER);
    const out: DecisionEntry[] = [];
    for (let r = h + 1; r <= view.rowCount; r++) {
      const key = view.text(r, keyCol).replace(/\s+/g, '').toUpperCase();
      const decision = parseDecision(view.text(r, decisionCol));
      if (!key || !decision) continue;
      const entry: DecisionEntry = { key, decision, row: r };
      const date = dateCol !== undefined ? view.text(r, dateCol) : '';
      const note = noteCol !== undefined ? view.text(r, noteCol) : '';
      if (date) entry.date = date;
      if (note) entry.note = note;
      out.push(entry);
    }
    return out;
  }
  return [];
}
