/**
 * The Office.js adapter, writing side: SheetModels → new worksheets, in one batch (one sync). Number formats go
 * before values, so that text such as "=SUM(…)" or "+84…" lands as text; where ExcelApi 1.20 exists the batch is
 * one undo step. Only sheets listed in `replaceIds` (the add-in's own, from an earlier run) are ever deleted.
 */
import type { CellModel, CellStyle, SheetModel } from '../../domain/sheet-model';
import { apiSupported } from './host';

export interface WrittenSheet {
  name: string;
  id: string;
}

export interface WriteResult {
  sheets: WrittenSheet[];
  syncs: number;
}

const MM_TO_POINTS = 72 / 25.4;
/** Excel's column width unit (characters of the default font) in points: 7 px a character plus 5 px padding. */
const charsToPoints = (w: number) => Math.round((w * 7 + 5) * 0.75 * 100) / 100;

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGE = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

function styleKey(s: CellStyle | undefined): string {
  return s ? JSON.stringify([s.font, s.horizontal, s.vertical, s.wrap, s.border]) : '';
}

interface Segment {
  row: number;
  col: number;
  cols: number;
  style: CellStyle;
}

/** Runs of neighbouring cells of a row with the same style, so that formatting is a few range operations. */
export function styleSegments(cells: CellModel[]): Segment[] {
  const sorted = [...cells].filter((c) => c.style).sort((a, b) => a.row - b.row || a.col - b.col);
  const out: Segment[] = [];
  for (const c of sorted) {
    const style = c.style as CellStyle;
    const last = out[out.length - 1];
    const sides = style.border ?? [];
    // A border on one vertical side only belongs to each cell, not to a run: such cells stay alone.
    const joinable = sides.includes('left') === sides.includes('right');
    if (last && joinable && last.row === c.row && last.col + last.cols === c.col && styleKey(last.style) === styleKey(style)) last.cols++;
    else out.push({ row: c.row, col: c.col, cols: 1, style });
  }
  return out;
}

function applyStyle(range: Excel.Range, s: CellStyle, cols: number): void {
  const f = range.format;
  if (s.font) {
    if (s.font.name) f.font.name = s.font.name;
    if (s.font.size) f.font.size = s.font.size;
    if (s.font.bold !== undefined) f.font.bold = s.font.bold;
    if (s.font.italic !== undefined) f.font.italic = s.font.italic;
    if (s.font.underline) f.font.underline = 'Single';
  }
  if (s.horizontal) f.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) f.verticalAlignment = V_ALIGN[s.vertical];
  if (s.wrap) f.wrapText = true;
  const sides = s.border ?? [];
  for (const side of sides) f.borders.getItem(EDGE[side]).style = 'Continuous';
  if (cols > 1 && sides.includes('left') && sides.includes('right')) f.borders.getItem('InsideVertical').style = 'Continuous';
}

function writeModel(ws: Excel.Worksheet, m: SheetModel): void {
  if (m.cells.length) {
    const rows = m.cells.reduce((n, c) => Math.max(n, c.row), -Infinity);
    const cols = m.cells.reduce((n, c) => Math.max(n, c.col), m.widths.length);
    const values: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
    const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
    for (const c of m.cells) {
      (values[c.row - 1] as (string | number)[])[c.col - 1] = c.value;
      (formats[c.row - 1] as string[])[c.col - 1] = c.style?.numFmt ?? (typeof c.value === 'string' ? '@' : 'General');
    }
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    all.numberFormat = formats;
    all.values = values;
  }
  m.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = charsToPoints(w)));
  for (const [r, h] of Object.entries(m.rowHeights ?? {})) ws.getRangeByIndexes(Number(r) - 1, 0, 1, 1).format.rowHeight = h;
  for (const seg of styleSegments(m.cells)) applyStyle(ws.getRangeByIndexes(seg.row - 1, seg.col - 1, 1, seg.cols), seg.style, seg.cols);
  for (const g of m.merges) ws.getRangeByIndexes(g.top - 1, g.left - 1, g.bottom - g.top + 1, g.right - g.left + 1).merge(false);
  if (m.freezeRows && apiSupported('ExcelApi', '1.7')) ws.freezePanes.freezeRows(m.freezeRows);
  if (m.page && apiSupported('ExcelApi', '1.9')) {
    const p = m.page;
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.zoom = p.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
    layout.topMargin = p.margins.top * MM_TO_POINTS;
    layout.bottomMargin = p.margins.bottom * MM_TO_POINTS;
    layout.leftMargin = p.margins.left * MM_TO_POINTS;
    layout.rightMargin = p.margins.right * MM_TO_POINTS;
    layout.centerHorizontally = true;
    if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from}:$${p.repeatRows.to}`);
    for (const r of p.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${r}`);
    if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = `&"Times New Roman,Regular"&12${p.footer}`;
  }
}

export class SheetNameTaken extends Error {
  constructor(readonly sheetName: string) {
    super(`sheet name taken: ${sheetName}`);
    this.name = 'SheetNameTaken';
  }
}

/**
 * Writes the models as new sheets (after deleting `replaceIds`); activates the first. Two syncs: one to check that
 * the names are still free (the user may have added a sheet meanwhile), one for the whole write. Office batches
 * are not transactions: if the write fails, the sheets it added are removed again, so nothing stays half-written.
 */
export async function writeSheetModels(models: SheetModel[], replaceIds: string[] = []): Promise<WriteResult> {
  const undoable = apiSupported('ExcelApi', '1.20');
  const batch = async (context: Excel.RequestContext): Promise<WriteResult> => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const replaced = new Set(replaceIds);
    const taken = new Set(sheets.items.filter((s) => !replaced.has(s.id)).map((s) => s.name.toLowerCase()));
    const clash = models.find((m) => taken.has(m.name.toLowerCase()));
    if (clash) throw new SheetNameTaken(clash.name);
    const existing = sheets.items.filter((s) => replaced.has(s.id));
    for (const s of existing) s.delete();
    const made = models.map((m) => {
      const ws = sheets.add(m.name);
      writeModel(ws, m);
      ws.load('id,name');
      return ws;
    });
    made[0]?.activate();
    try {
      await context.sync();
    } catch (e) {
      await removeSheetsNamed(context, models.map((m) => m.name), taken);
      throw e;
    }
    return { sheets: made.map((ws) => ({ name: ws.name, id: ws.id })), syncs: 2 };
  };
  return undoable ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

async function removeSheetsNamed(context: Excel.RequestContext, names: string[], userNames: Set<string>): Promise<void> {
  try {
    for (const n of names) {
      if (userNames.has(n.toLowerCase())) continue;
      context.workbook.worksheets.getItemOrNullObject(n).delete();
    }
    await context.sync();
  } catch {
    // Best effort: the original error is the one the user must see.
  }
}
