/** Beside the ceremony list: the rows left off it with their reasons, and the quota of every unit. */
import { msg } from '../findings/messages';
import type { QuotaRow } from '../report/report';
import { CellModel, CellStyle, fitRowHeights, SheetModel, textCell } from '../sheet-model';
import { ceremonyText } from './ceremony-texts';
import type { ExcludedRow } from './select-entries';

const HEAD: CellStyle = { font: { name: 'Times New Roman', size: 12, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true, border: ['top', 'bottom', 'left', 'right'] };
const BODY: CellStyle = { font: { name: 'Times New Roman', size: 12 }, vertical: 'top', wrap: true, border: ['top', 'bottom', 'left', 'right'] };

function table(name: string, columns: string[], widths: number[], rows: (string | number)[][]): SheetModel {
  const cells: CellModel[] = columns.map((c, i) => textCell(1, i + 1, c, HEAD));
  rows.forEach((r, i) =>
    r.forEach((v, j) => cells.push(typeof v === 'number' ? { row: i + 2, col: j + 1, value: v, style: BODY } : textCell(i + 2, j + 1, v, BODY))),
  );
  const model: SheetModel = {
    name,
    widths,
    cells,
    merges: [],
    freezeRows: 1,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: { from: 1, to: 1 } },
  };
  model.rowHeights = fitRowHeights(model, rows.map((_, i) => i + 2), 12);
  return model;
}

export function excludedSheet(rows: ExcludedRow[], name = ceremonyText.excludedSheetName): SheetModel {
  return table(
    name,
    ceremonyText.excludedColumns,
    [22, 16, 7, 28, 28, 60],
    rows.map((x) => [x.row.file, x.row.sheet, x.row.row, x.unit, x.name, x.reason]),
  );
}

export function quotaSheet(rows: QuotaRow[], name = ceremonyText.quotaSheetName): SheetModel {
  return table(
    name,
    ceremonyText.quotaColumns,
    [6, 36, 18, 20, 12, 16, 12],
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
  );
}
