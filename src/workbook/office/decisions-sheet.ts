/**
 * "Trùng" / "Không trùng" decisions written into the workbook, one row each, in a decisions sheet (its columns:
 * DECISION_COLUMNS). The add-in writes only where the engine reads decisions: a sheet whose header is the decisions
 * header (decision-sheet.ts), preferring the one it made (its id kept in the settings), whatever its name now. A
 * user's own sheet that merely has the name «Quyết định trùng lặp» is never written: a new sheet is made beside it,
 * «Quyết định trùng lặp (2)».
 */
import { DECISION_COLUMNS, DECISION_HEADER_ROWS, DECISION_SHEET_NAME, decisionHeaderColumns } from '../../domain/decision-sheet';
import { asciiKey } from '../../domain/text';
import { madeSheets, outputSheetIds, saveMadeSheets } from './made-sheets';

const WIDTHS = [140, 420, 90, 80, 90, 160];
/** Columns read to find a decisions header (A:Z): the add-in's own header starts at A. */
const HEADER_WIDTH = 26;

/** A free sheet name: the decisions name, else the first «… (n)» no sheet has (names compare without case). */
export function freeDecisionSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? DECISION_SHEET_NAME : `${DECISION_SHEET_NAME} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Appends one decision row (all cells as text, each under its header). Three syncs: the sheets, their headers, the write. */
export async function appendDecision(cells: string[]): Promise<void> {
  const adopted = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    await context.sync();
    // The add-in's list sheets are output, never a place for decisions.
    const outputs = outputSheetIds();
    const probes = sheets.items.filter((ws) => !outputs.has(ws.id)).map((ws) => {
      const head = ws.getRangeByIndexes(0, 0, DECISION_HEADER_ROWS, HEADER_WIDTH);
      head.load('values');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount');
      return { ws, head, used };
    });
    await context.sync();
    const found = probes.flatMap((p) => {
      for (const row of p.head.values) {
        const cols = decisionHeaderColumns(row.map((v) => (typeof v === 'string' ? v : String(v ?? ''))));
        if (cols) return [{ ...p, cols }];
      }
      return [];
    });
    const mine = new Set(madeSheets().filter((m) => m.role === 'decisions').map((m) => m.id));
    const chosen =
      found.find((f) => mine.has(f.ws.id)) ?? found.find((f) => asciiKey(f.ws.name) === asciiKey(DECISION_SHEET_NAME)) ?? found[0];
    let ws: Excel.Worksheet;
    let positions: number[];
    let next: number;
    if (chosen) {
      ws = chosen.ws;
      positions = DECISION_COLUMNS.map((c) => chosen.cols.get(c) ?? -1);
      next = chosen.used.isNullObject ? 1 : chosen.used.rowIndex + chosen.used.rowCount;
    } else {
      ws = sheets.add(freeDecisionSheetName(sheets.items.map((s) => s.name)));
      const header = ws.getRangeByIndexes(0, 0, 1, DECISION_COLUMNS.length);
      header.numberFormat = [DECISION_COLUMNS.map(() => '@')];
      header.values = [[...DECISION_COLUMNS]];
      header.format.font.bold = true;
      WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
      ws.load('id');
      positions = DECISION_COLUMNS.map((_, i) => i);
      next = 1;
    }
    // Each value under its own header: a sheet kept by hand may order or leave out columns.
    cells.forEach((v, i) => {
      const col = positions[i] ?? -1;
      if (col < 0 || !v) return;
      const cell = ws.getRangeByIndexes(Math.max(1, next), col, 1, 1);
      cell.numberFormat = [['@']];
      cell.values = [[v]];
    });
    await context.sync();
    return mine.has(ws.id) ? undefined : ws.id;
  });
  if (adopted) await saveMadeSheets([...madeSheets(), { id: adopted, role: 'decisions' }]);
}
