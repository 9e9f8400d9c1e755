/** The ExcelJS adapter, writing side: sheets built as data → .xlsx bytes. Works in Node and in the browser. */
import ExcelJS from 'exceljs';
import type { CellStyle, SheetModel } from '../../domain/sheet-model';
import { MADE_BY, OUTPUT_KEYWORD } from '../made-by';

const MM_PER_INCH = 25.4;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.font) cell.font = { ...style.font };
  if (style.horizontal || style.vertical || style.wrap)
    cell.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of style.border) border[side] = { style: 'thin' };
    cell.border = border;
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
}

/** The footer in the sheet's own font (its first cell's), so that it prints like the text. */
function footerFont(model: SheetModel): string {
  const f = model.cells.find((c) => c.style?.font?.name)?.style?.font;
  return f?.name ? `&"${f.name},Regular"&12` : '';
}

export function addSheet(wb: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(model.name, model.freezeRows ? { views: [{ state: 'frozen', ySplit: model.freezeRows }] } : {});
  model.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of model.cells) {
    const cell = ws.getCell(c.row, c.col);
    applyStyle(cell, c.style);
    // Plain strings are written as text: ExcelJS makes a formula only from a { formula } value.
    cell.value = c.runs ? { richText: c.runs.map((r) => ({ text: r.text, ...(r.font ? { font: { ...r.font } } : {}) })) } : c.value;
  }
  for (const m of model.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [r, h] of Object.entries(model.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  if (model.page) {
    const p = model.page;
    ws.pageSetup = {
      paperSize: 9,
      orientation: p.orientation,
      // At 100 % unless asked to shrink: the ceremony list's columns are sized to fit the page as they are.
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
      horizontalCentered: true,
      margins: {
        top: p.margins.top / MM_PER_INCH,
        bottom: p.margins.bottom / MM_PER_INCH,
        left: p.margins.left / MM_PER_INCH,
        right: p.margins.right / MM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
      printTitlesRow: p.repeatRows ? `${p.repeatRows.from}:${p.repeatRows.to}` : undefined,
    };
    // ExcelJS breaks below a row: a break before row r is a break below row r − 1.
    for (const r of p.breaksBefore ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
    if (p.footer) ws.headerFooter = { oddFooter: `&C${footerFont(model)}${p.footer}` };
  }
  return ws;
}

/** A new workbook holding the given sheets, as .xlsx bytes. */
export async function writeXlsx(models: SheetModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = MADE_BY;
  wb.keywords = OUTPUT_KEYWORD;
  for (const m of models) addSheet(wb, m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
