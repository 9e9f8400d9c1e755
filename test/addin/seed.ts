/** An ExcelJS workbook as the fake Excel host's seed: what Office.js would report for the same open workbook. */
import ExcelJS from 'exceljs';
import { toExcelSerial } from '../../src/domain/dates/calendar';
import type { FakeCellSeed, FakeSeed } from '../e2e/fake-office';

function seedCell(cell: ExcelJS.Cell): FakeCellSeed | null {
  const font = cell.font?.name;
  const withFont = (c: FakeCellSeed): FakeCellSeed => (font ? { ...c, font } : c);
  let v: ExcelJS.CellValue = cell.value;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) v = (v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return withFont({ v, t: 'String' });
  if (typeof v === 'number') return withFont({ v, t: 'Double', f: cell.numFmt || 'General' });
  if (typeof v === 'boolean') return { v, t: 'Boolean' };
  if (v instanceof Date) {
    const serial = toExcelSerial({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });
    return { v: serial, t: 'Double', f: cell.numFmt || 'dd/mm/yyyy' };
  }
  if (typeof v === 'object' && 'error' in v) return { v: String(v.error), t: 'Error' };
  if (typeof v === 'object' && 'richText' in v) return withFont({ v: v.richText.map((r) => r.text).join(''), t: 'String' });
  if (typeof v === 'object' && 'text' in v) return withFont({ v: String((v as ExcelJS.CellHyperlinkValue).text), t: 'String' });
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const raw = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  return Object.values(raw).map(({ model: m }) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

export function seedFromWorkbook(wb: ExcelJS.Workbook, name = 'Sổ mẫu.xlsx'): FakeSeed {
  return {
    name,
    sheets: wb.worksheets.map((ws) => {
      const rows: (FakeCellSeed | null)[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        const out: (FakeCellSeed | null)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          out[c - 1] = seedCell(cell);
        });
        rows[r - 1] = out;
      });
      const hiddenColumns: number[] = [];
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
      const hiddenRows: number[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        // Office.js tells a hidden row, not why: a row folded in an outline looks hidden too.
        if (row.hidden) hiddenRows.push(r);
      });
      return {
        name: ws.name,
        rows,
        merges: mergesOf(ws),
        ...(hiddenColumns.length ? { hiddenColumns } : {}),
        ...(hiddenRows.length ? { hiddenRows } : {}),
        ...(ws.autoFilter ? { autoFilter: true } : {}),
        ...(ws.getTables().length ? { tables: ws.getTables().length } : {}),
        ...(ws.state === 'hidden' ? { visibility: 'Hidden' as const } : ws.state === 'veryHidden' ? { visibility: 'VeryHidden' as const } : {}),
      };
    }),
  };
}
