/**
 * "Không trùng" decisions written into the workbook, one row each, in the duplicate matcher's sheet
 * "Quyết định trùng lặp" (its columns: DECISION_COLUMNS), which the add-in creates if needed and tracks as its own.
 * The next check reads the sheet and no longer reports the group.
 */
import { DECISION_COLUMNS, DECISION_SHEET_NAME } from '../../domain/decision-sheet';
import { madeSheets, saveMadeSheets } from './made-sheets';

const WIDTHS = [140, 420, 90, 80, 90, 160];

/** Appends one decision row (all cells as text). Three syncs: find the sheet, find the next row, write. */
export async function appendDecision(cells: string[]): Promise<void> {
  const createdId = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    let ws = sheets.getItemOrNullObject(DECISION_SHEET_NAME);
    ws.load('id');
    await context.sync();
    if (ws.isNullObject) {
      ws = sheets.add(DECISION_SHEET_NAME);
      const header = ws.getRangeByIndexes(0, 0, 1, DECISION_COLUMNS.length);
      header.numberFormat = [DECISION_COLUMNS.map(() => '@')];
      header.values = [[...DECISION_COLUMNS]];
      header.format.font.bold = true;
      WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
      ws.load('id');
    }
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    await context.sync();
    const next = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
    const row = ws.getRangeByIndexes(Math.max(1, next), 0, 1, cells.length);
    row.numberFormat = [cells.map(() => '@')];
    row.values = [cells];
    await context.sync();
    return madeSheets().some((m) => m.id === ws.id) ? undefined : ws.id;
  });
  if (createdId) await saveMadeSheets([...madeSheets(), { id: createdId, role: 'decisions' }]);
}
