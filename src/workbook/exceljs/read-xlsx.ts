/** The ExcelJS adapter, reading side: .xlsx bytes → WorkbookGrid. Works in Node and in the browser. */
import ExcelJS from 'exceljs';
import { InputError } from '../../domain/errors';
import type { Cell, Merge, SheetGrid, TextRun, WorkbookGrid } from '../../domain/grid';
import { assertXlsxBytes } from './file-kind';
import { IGNORED_NODES } from './ignored-nodes';
import { assertZipWithinLimits } from './zip-limits';

type Value = ExcelJS.CellValue;

function dateParts(d: Date): Cell | null {
  if (Number.isNaN(d.getTime())) return null;
  // ExcelJS builds dates in UTC from the serial; a time of day may round up to the next millisecond.
  const t = new Date(d.getTime() + 500);
  return { t: 'd', v: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() } };
}

function richRuns(rich: ExcelJS.RichText[], cellFont: string | undefined): { v: string; runs?: TextRun[] } {
  const runs = rich.map((r) => ({ text: r.text ?? '', font: r.font?.name ?? cellFont }));
  const v = runs.map((r) => r.text).join('');
  return runs.some((r) => r.font) ? { v, runs } : { v };
}

export function toCell(value: Value, font: string | undefined): Cell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : font ? { t: 's', v: value, font } : { t: 's', v: value };
  if (typeof value === 'number') return Number.isFinite(value) ? (font ? { t: 'n', v: value, font } : { t: 'n', v: value }) : null;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value instanceof Date) return dateParts(value);
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { t: 'e', v: value.error };
    if ('richText' in value && Array.isArray(value.richText)) {
      const { v, runs } = richRuns(value.richText, font);
      if (!v) return null;
      const cell: Cell = { t: 's', v };
      if (font) cell.font = font;
      if (runs) cell.runs = runs;
      return cell;
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      // A formula's cached value is what the user sees.
      return toCell((result ?? null) as Value, font);
    }
    if ('text' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return toCell(text as Value, font);
    }
  }
  return null;
}

interface MergeRange {
  model: { top: number; left: number; bottom: number; right: number };
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  // ExcelJS keeps merges by master address; `ws.model` would serialise the whole sheet to list them.
  const raw = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(raw).map(({ model: m }) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: (Cell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range's value lives in its top-left cell only; the other cells just point at it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // A formula shows its cached result; the formula's `value` would drop a result of 0 or FALSE.
      const value = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? null) : cell.value;
      const v = toCell(value, cell.font?.name);
      if (v) out[c - 1] = v;
    });
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows, merges: mergesOf(ws) };
}

/** Reads .xlsx bytes. Unusable input raises an InputError with one Vietnamese sentence. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  assertXlsxBytes(bytes, fileName);
  assertZipWithinLimits(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as unknown as ExcelJS.XlsxReadOptions);
  } catch {
    throw new InputError(`Tệp ${fileName} bị hỏng hoặc không đọc được: hãy mở thử bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại.`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return { fileName, date1904, sheets: wb.worksheets.map(sheetGrid) };
}
