/** The user's decisions on duplicate groups, read back from the sheet the product keeps them in (decision-sheet.ts). */
import { DECISION_COLUMNS, DECISION_HEADER_COLUMNS, DECISION_HEADER_ROWS, decisionHeaderColumns, readDecisionCell } from '../decision-sheet';
import type { SheetView } from '../recognition/sheet-view';
import type { DecisionEntry, UnreadDecision } from '../records';

/**
 * Reads the decisions of a decisions sheet, whatever its name: the header row (within the first rows) locates the
 * "Mã nhóm" and "Quyết định" columns, whatever their order; rows without a key or a decision are ignored, and a
 * decision cell that cannot be read goes to `unread` (to be said). Undefined when the sheet has no decisions header:
 * it is no decisions sheet (a user's sheet of the name).
 */
export function decisionSheetEntries(view: SheetView, unread: UnreadDecision[] = []): DecisionEntry[] | undefined {
  const width = Math.min(view.colCount, DECISION_HEADER_COLUMNS);
  for (let h = 1; h <= Math.min(DECISION_HEADER_ROWS, view.rowCount); h++) {
    const cols = decisionHeaderColumns(Array.from({ length: width }, (_, i) => view.text(h, i + 1)));
    if (!cols) continue;
    const at = (c: (typeof DECISION_COLUMNS)[number]) => {
      const i = cols.get(c);
      return i === undefined ? undefined : i + 1;
    };
    const keyCol = at(DECISION_COLUMNS[0]) ?? 1;
    const decisionCol = at(DECISION_COLUMNS[3]) ?? 1;
    const dateCol = at(DECISION_COLUMNS[4]);
    const noteCol = at(DECISION_COLUMNS[5]);
    const membersCol = at(DECISION_COLUMNS[1]);
    const out: DecisionEntry[] = [];
    for (let r = h + 1; r <= view.rowCount; r++) {
      const key = view.text(r, keyCol).replace(/\s+/g, '').toUpperCase();
      const text = view.text(r, decisionCol);
      const decision = readDecisionCell(text);
      if (!key || decision === 'none') continue;
      if (decision === 'unread') {
        unread.push({ key, text: text.trim(), row: r });
        continue;
      }
      const entry: DecisionEntry = { key, decision, row: r };
      const members = membersCol !== undefined ? view.text(r, membersCol) : '';
      if (members) entry.members = members;
      const date = dateCol !== undefined ? view.text(r, dateCol) : '';
      const note = noteCol !== undefined ? view.text(r, noteCol) : '';
      if (date) entry.date = date;
      if (note) entry.note = note;
      out.push(entry);
    }
    return out;
  }
  return undefined;
}

/** The decisions of a sheet; none where it has no decisions header. */
export function readDuplicateDecisions(view: SheetView): DecisionEntry[] {
  return decisionSheetEntries(view) ?? [];
}
