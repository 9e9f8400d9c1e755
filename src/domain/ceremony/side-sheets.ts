/**
 * Beside the ceremony list: the rows left off it with their reasons (and, below them, the rows listed under the
 * other heading because of their name), and the quota of every unit. Both print on A4 landscape at 100 %.
 */
import { DECISION_COLUMNS, DECISION_SHEET_NAME } from '../decision-sheet';
import { msg } from '../findings/messages';
import type { QuotaRow } from '../records';
import { CellModel, CellStyle, fitRowHeights, PageSetup, SheetModel, textCell } from '../sheet-model';
import { ceremonyText } from './ceremony-texts';
import type { CheckedRow, ExcludedRow, MovedRow } from './select-entries';

const FONT = 'Times New Roman';
const HEAD: CellStyle = { font: { name: FONT, size: 12, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, border: ['top', 'bottom', 'left', 'right'] };
const BODY: CellStyle = { font: { name: FONT, size: 12 }, vertical: 'top', wrap: true, border: ['top', 'bottom', 'left', 'right'] };
const TITLE: CellStyle = { font: { name: FONT, size: 13, bold: true }, vertical: 'middle' };
const PAGE: PageSetup = { orientation: 'landscape', paper: 'A4', fitToWidth: false, margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: { from: 1, to: 1 }, footer: ceremonyText.footer };

type Row = (string | number)[];

/** A bordered table at `top`: header row, then rows; added to `cells` (loops, not spreads: a list may be long). */
function table(top: number, columns: string[], rows: Row[], cells: CellModel[] = []): CellModel[] {
  columns.forEach((c, i) => cells.push(textCell(top, i + 1, c, HEAD)));
  rows.forEach((r, i) =>
    r.forEach((v, j) => cells.push(typeof v === 'number' ? { row: top + 1 + i, col: j + 1, value: v, style: BODY } : textCell(top + 1 + i, j + 1, v, BODY))),
  );
  return cells;
}

function sheet(name: string, widths: number[], cells: CellModel[], merges: SheetModel['merges'] = []): SheetModel {
  const model: SheetModel = { name, widths, cells, merges, freezeRows: 1, page: { ...PAGE } };
  const last = cells.reduce((n, c) => Math.max(n, c.row), 1);
  model.rowHeights = fitRowHeights(model, Array.from({ length: last }, (_, i) => i + 1), 12);
  return model;
}

export function excludedSheet(rows: ExcludedRow[], name = ceremonyText.excludedSheetName, moved: MovedRow[] = [], checks: CheckedRow[] = []): SheetModel {
  const cells = table(
    1,
    ceremonyText.excludedColumns,
    rows.map((x) => [x.row.file, x.row.sheet, x.row.row, x.unit, x.name, x.reason]),
  );
  const merges: SheetModel['merges'] = [];
  if (moved.length) {
    const at = rows.length + 3;
    cells.push(textCell(at, 1, ceremonyText.movedTitle, TITLE));
    merges.push({ top: at, left: 1, bottom: at, right: ceremonyText.movedColumns.length });
    table(
      at + 1,
      ceremonyText.movedColumns,
      moved.map((m) => [m.row.file, m.row.sheet, m.row.row, m.unit, m.name, ceremonyText.movedReason(m.stated, m.listed)]),
      cells,
    );
  }
  // Below: the listed rows to check before signing (the tool's notes, kept off the list the Standing Committee signs).
  if (checks.length) {
    const at = cells.reduce((n, c) => Math.max(n, c.row), 0) + 2;
    cells.push(textCell(at, 1, ceremonyText.checksTitle, TITLE));
    merges.push({ top: at, left: 1, bottom: at, right: ceremonyText.checksColumns.length });
    table(at + 1, ceremonyText.checksColumns, checks.map((c) => [c.row.file, c.row.sheet, c.row.row, c.unit, c.name, c.what]), cells);
  }
  return sheet(name, [18, 12, 6, 22, 22, 46], cells, merges);
}

/**
 * The duplicate decisions taken outside a workbook (the browser page keeps them on the machine), in the workbook's
 * own decision sheet layout: the downloaded list carries what was decided, and the next check honours it.
 */
export function decisionsSheet(rows: string[][]): SheetModel {
  return sheet(DECISION_SHEET_NAME, [16, 70, 16, 14, 16, 24], table(1, [...DECISION_COLUMNS], rows));
}

export function quotaSheet(rows: QuotaRow[], name = ceremonyText.quotaSheetName): SheetModel {
  return sheet(
    name,
    [6, 36, 18, 20, 12, 16, 12],
    table(
      1,
      ceremonyText.quotaColumns,
      rows.map((q, i) => [
        i + 1,
        q.unit,
        q.type ?? '',
        q.bloc ?? '',
        // A unit of unknown type: quota "?" (UNKNOWN_UNIT_TYPE).
        q.required ?? msg.quotaUnknown,
        q.registered,
        q.shortfall === null ? msg.quotaUnknownStatus : ceremonyText.quotaStatus(q.status === 'ok', q.shortfall),
      ]),
    ),
  );
}
