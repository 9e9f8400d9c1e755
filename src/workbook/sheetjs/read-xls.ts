/**
 * The SheetJS adapter: Excel 97–2003 (.xls), binary (.xlsb) and OpenDocument (.ods) bytes → WorkbookGrid, in Node and
 * in the browser. Values, merges (`!merges`) and dates (by the cell's number format and the workbook's 1904 flag) are
 * read; the fonts of an .xls's text cells are read from its records (read-xls-fonts.ts), so that legacy text is decoded
 * by its font as in .xlsx; where there are none (.ods, .xlsb), the text's own evidence decides.
 */
import * as XLSX from '@e965/xlsx';
import { fromExcelSerial } from '../../domain/dates';
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../../domain/grid';
import { LIMITS } from '../exceljs/zip-limits';
import { isDateFormat } from '../number-format';
import { fontKey, XlsTextFont, xlsTextFonts } from './read-xls-fonts';

// BIFF error codes as Excel shows them.
const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A' };

/** Excel's error values as an HTML table writes them: text that is the error itself. */
const ERROR_TEXTS = new Set(Object.values(ERRORS));

/**
 * An HTML table saved as .xls or .xlsx (a system's export): text, whose values SheetJS would guess month first
 * («02/03/2023» as 3 February). Read raw, each cell stays text and the engine reads it day first, as it reads any text.
 */
function isHtmlTable(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  // Excel 2003's XML Spreadsheet has its <Table> under <Workbook>, and types of its own.
  return head.startsWith('<') && /<table[\s>]/.test(head) && !/<(ss:)?workbook[\s>]/.test(head);
}

function toCell(c: XLSX.CellObject | undefined, date1904: boolean, font: XlsTextFont | undefined, html: boolean): Cell | null {
  if (!c) return null;
  switch (c.t) {
    case 's': {
      const v = String(c.v ?? '');
      if (!v) return null;
      // «#N/A» in an exported table is the error value the system's sheet held.
      if (html && ERROR_TEXTS.has(v.trim())) return { t: 'e', v: v.trim() };
      const cell: Cell = font?.name ? { t: 's', v, font: font.name } : { t: 's', v };
      if (font?.strike) cell.strike = true;
      return cell;
    }
    case 'n': {
      const v = Number(c.v);
      if (!Number.isFinite(v)) return null;
      if (typeof c.z === 'string' && isDateFormat(c.z)) {
        const d = fromExcelSerial(v, date1904);
        if (d) return { t: 'd', v: d };
      }
      return { t: 'n', v };
    }
    case 'b':
      return { t: 'b', v: Boolean(c.v) };
    case 'e':
      return { t: 'e', v: c.w ?? ERRORS[Number(c.v)] ?? '#N/A' };
    case 'd': {
      const d = c.v instanceof Date ? c.v : undefined;
      return d && !Number.isNaN(d.getTime()) ? { t: 'd', v: { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() } } : null;
    }
    default:
      return null;
  }
}

function sheetGrid(name: string, ws: XLSX.WorkSheet, date1904: boolean, fonts: Map<number, XlsTextFont> | undefined, html: boolean): SheetGrid {
  const data = ((ws as XLSX.DenseSheet)['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const out: (Cell | null)[] = [];
    if (src) for (let c = 0; c < src.length; c++) {
      const v = toCell(src[c], date1904, fonts?.size ? fonts.get(fontKey(r, c)) : undefined, html);
      if (v) out[c] = v;
    }
    rows.push(out);
  }
  const merges: Merge[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
  const hiddenColumns = (ws['!cols'] ?? []).flatMap((c, i) => (c?.hidden ? [i + 1] : []));
  // A filtered sheet's hidden rows are out of view, not out of the list.
  const hiddenRows = ws['!autofilter'] ? [] : (ws['!rows'] ?? []).flatMap((r, i) => (r?.hidden && !r.level && i < rows.length ? [i + 1] : []));
  return { name, rows, merges, ...(hiddenColumns.length ? { hiddenColumns } : {}), ...(hiddenRows.length ? { hiddenRows } : {}) };
}

/** Reads .xls (or .ods) bytes. Unusable input raises an InputError with one Vietnamese sentence. */
export function readXls(bytes: Uint8Array, fileName: string): WorkbookGrid {
  if (bytes.length > LIMITS.totalBytes) throw new InputError(fileText.tooLarge(fileName, fileText.atMost(LIMITS.totalBytes)));
  let wb: XLSX.WorkBook;
  // Only for an HTML table: `raw` also changes how a binary file's properties are read.
  const html = isHtmlTable(bytes);
  try {
    // cellStyles: the columns' and rows' settings (`!cols`, `!rows`), which say which are hidden.
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellStyles: true, cellFormula: false, cellHTML: false, cellText: false, ...(html ? { raw: true } : {}) });
  } catch (e) {
    if (e instanceof Error && /password/i.test(e.message)) throw new InputError(fileText.passwordProtected(fileName));
    throw new InputError(fileText.damagedByName(fileName));
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const fonts = xlsTextFonts(bytes);
  // Fonts are matched to sheets by order: only when both list the same sheets.
  const fontsOf = (i: number) => (fonts?.length === wb.SheetNames.length ? fonts[i] : undefined);
  const sheets = wb.SheetNames.flatMap((name, i) => {
    const ws = wb.Sheets[name];
    if (!ws) return [];
    const sheet = sheetGrid(name, ws, date1904, fontsOf(i), html);
    // SheetJS: 1 hidden, 2 very hidden.
    return [wb.Workbook?.Sheets?.[i]?.Hidden ? { ...sheet, hidden: true as const } : sheet];
  });
  return { fileName, date1904, sheets };
}
