/**
 * The ExcelJS adapter's fast reading path, for Node (the command line and the bench): the same part parsers that
 * `Workbook.xlsx.load` runs, fed with parts unzipped by native zlib, and turned straight into a WorkbookGrid.
 * `load` also builds ExcelJS's whole document (a Row and a Cell object per cell, with styles): on a 100,000-row
 * list that costs three times the parsing itself. ExcelJS's public streaming reader is no substitute: it takes the
 * parts in zip order (Excel stores sheets before styles.xml, so dates would read as numbers), drops the error
 * values of formulas (template rows of #N/A) and the fonts of rich-text runs (TCVN3 by run).
 * A large sheet is parsed in two halves at once, the second on a worker thread, so that a second core shares the work.
 * Anything unexpected falls back to `readXlsx`, which also words the error for a damaged file.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import * as unzipper from 'unzipper';
import { Worker } from 'worker_threads';
import colCache from 'exceljs/lib/utils/col-cache';
import utils from 'exceljs/lib/utils/utils';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import type ExcelJS from 'exceljs';
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../../domain/grid';
import { assertXlsxBytes } from './file-kind';
import { readXlsx, toCell } from './read-xlsx';
import { CellModel, parseSheetModel, SheetModel, slices } from './sheet-model';
import { splitSheetXml } from './sheet-xml-split';
import { assertZipWithinLimits } from './zip-limits';

// ExcelJS's cell types (Enums.ValueType), as its cell parser first guesses them.
const NULL_TYPE = 0;
const MERGE_TYPE = 1;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;
const FORMULA_TYPE = 6;

/** What a cell's style tells the reader: its font, and whether its numbers are dates. */
interface CellStyle {
  font?: string;
  date: boolean;
}

interface Relationship {
  Id: string;
  Target: string;
}

interface WorkbookModel {
  sheets?: { name: string; rId: string }[];
  properties?: { date1904?: boolean };
}

type Parts = Map<string, unzipper.ZipEntry>;

async function partText(parts: Parts, name: string): Promise<string | undefined> {
  const entry = parts.get(name);
  return entry ? (await entry.buffer()).toString('utf8') : undefined;
}

async function parsePart<T>(parts: Parts, name: string, xform: { parseStream(chunks: Iterable<string>): Promise<unknown> }): Promise<T | undefined> {
  const text = await partText(parts, name);
  return text === undefined ? undefined : ((await xform.parseStream(slices(text))) as T);
}

/** Sheets smaller than this are parsed whole: a second thread costs more than it saves. */
const SPLIT_ABOVE = 4 * 1024 * 1024;
// The compiled worker; absent when the sources run uncompiled (tests), where both halves are parsed here in turn.
const WORKER_FILE = path.join(__dirname, 'sheet-parse-worker.js');

/** A worker thread that parses second halves, started before it is needed so that its start-up overlaps. */
class HalfParser {
  private readonly worker = new Worker(WORKER_FILE);
  private broken = false;

  constructor() {
    this.worker.unref();
    this.worker.on('error', () => (this.broken = true));
  }

  parse(xml: string): Promise<SheetModel> {
    if (this.broken) return parseSheetModel(xml);
    return new Promise((resolve) => {
      const onDone = (msg: { rows?: SheetModel['rows']; failed?: boolean }) => {
        this.worker.off('error', onError);
        resolve(msg.rows ? { rows: msg.rows } : parseSheetModel(xml));
      };
      const onError = () => {
        this.worker.off('message', onDone);
        resolve(parseSheetModel(xml));
      };
      this.worker.once('message', onDone);
      this.worker.once('error', onError);
      this.worker.postMessage(xml);
    });
  }

  close(): void {
    void this.worker.terminate();
  }
}

async function parseSheet(xml: string, helper: HalfParser | undefined): Promise<SheetModel> {
  const halves = xml.length >= SPLIT_ABOVE ? splitSheetXml(xml) : undefined;
  if (!halves) return parseSheetModel(xml);
  const second = helper?.parse(halves[1]);
  const first = await parseSheetModel(halves[0]);
  const rest = await (second ?? parseSheetModel(halves[1]));
  return { rows: [...first.rows, ...rest.rows], mergeCells: first.mergeCells };
}

function mergeOf(range: string): Merge | undefined {
  const d = colCache.decode(range);
  return 'top' in d ? { top: d.top, left: d.left, bottom: d.bottom, right: d.right } : undefined;
}

/** The 1-based column of an address such as "AB12". */
function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/**
 * A cell's value as ExcelJS's document would hold it, after what its cell reconcile does for values: shared strings
 * looked up, numbers in a date format read as dates (in the workbook's date system), a formula showing its cached
 * result. Done here, with each style looked at once, because ExcelJS's own reconcile costs more than the parsing.
 */
function cellReader(styles: StylesXform, sharedStrings: SharedStringsXform, date1904: boolean) {
  const byStyle = new Map<number, CellStyle>();
  const styleOf = (id: number | undefined): CellStyle | undefined => {
    if (!id) return undefined;
    let st = byStyle.get(id);
    if (!st) {
      const model = styles.getStyleModel(id);
      st = { font: model?.font?.name, date: Boolean(model && utils.isDateFmt(model.numFmt)) };
      byStyle.set(id, st);
    }
    return st;
  };
  const asDate = (v: unknown, st: CellStyle | undefined) => (st?.date && typeof v === 'number' ? utils.excelToDate(v, date1904) : v);
  return (cm: CellModel): Cell | null => {
    const st = styleOf(cm.styleId);
    let v = cm.value;
    if (cm.type === FORMULA_TYPE) v = cm.result === undefined ? undefined : asDate(cm.result, st);
    else if (cm.type === NUMBER_TYPE) v = asDate(v, st);
    else if (cm.type === STRING_TYPE && typeof v === 'number') v = sharedStrings.getString(v);
    return toCell(v as ExcelJS.CellValue, st?.font);
  };
}

/** One sheet's parsed model as a SheetGrid, exactly as `sheetGrid` in read-xlsx.ts sees ExcelJS's document. */
function gridOf(name: string, model: SheetModel, readCell: (cm: CellModel) => Cell | null): SheetGrid {
  const merges = (model.mergeCells ?? []).map(mergeOf).filter((m): m is Merge => m !== undefined);
  // Cells covered by a merge, other than its top-left one, hold no value of their own (ExcelJS: type Merge).
  const covered = new Map<number, Merge[]>();
  let lastRow = 0;
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.bottom);
    for (let r = m.top; r <= m.bottom; r++) {
      const list = covered.get(r);
      if (list) list.push(m);
      else covered.set(r, [m]);
    }
  }
  const rows: (Cell | null)[][] = [];
  for (const row of model.rows) {
    if (!row) continue;
    const out: (Cell | null)[] = [];
    const inMerge = covered.get(row.number);
    let hasCells = false;
    for (const cm of row.cells) {
      if (!cm) continue;
      // ExcelJS guesses a cell with neither value nor style to be a merge cell, and then still lists its row.
      if (cm.type !== NULL_TYPE) hasCells = true;
      if (cm.type === NULL_TYPE || cm.type === MERGE_TYPE) continue;
      const col = columnOf(cm.address);
      if (inMerge?.some((m) => col >= m.left && col <= m.right && !(row.number === m.top && col === m.left))) continue;
      const v = readCell(cm);
      if (v) out[col - 1] = v;
    }
    // ExcelJS's document lists a row when any cell in it has a type other than Null.
    if (hasCells) {
      rows[row.number - 1] = out;
      lastRow = Math.max(lastRow, row.number);
    }
  }
  for (let i = 0; i < lastRow; i++) if (!rows[i]) rows[i] = [];
  return { name, rows, merges };
}

/** The fast path alone, without the fallback: it throws on whatever it does not handle. */
export async function readParts(bytes: Buffer, fileName: string): Promise<WorkbookGrid> {
  const entries = (await unzipper.Open.buffer(bytes)).files;
  const parts: Parts = new Map(entries.map((f) => [f.path, f]));
  const large = entries.some((f) => f.path.startsWith('xl/worksheets/') && f.uncompressedSize >= SPLIT_ABOVE);
  const helper = large && existsSync(WORKER_FILE) ? new HalfParser() : undefined;
  try {
    return await readSheets(parts, fileName, helper);
  } finally {
    helper?.close();
  }
}

async function readSheets(parts: Parts, fileName: string, helper: HalfParser | undefined): Promise<WorkbookGrid> {
  const rels = await parsePart<Relationship[]>(parts, 'xl/_rels/workbook.xml.rels', new RelationshipsXform());
  const workbook = await parsePart<WorkbookModel>(parts, 'xl/workbook.xml', new WorkbookXform());
  if (!rels || !workbook?.sheets) throw new Error('workbook.xml or its relationships missing');
  const styles = new StylesXform();
  if (!(await parsePart(parts, 'xl/styles.xml', styles))) throw new Error('styles.xml missing');
  const sharedStrings = new SharedStringsXform();
  await parsePart(parts, 'xl/sharedStrings.xml', sharedStrings);
  const date1904 = Boolean(workbook.properties?.date1904);
  const readCell = cellReader(styles, sharedStrings, date1904);

  const sheets: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    const target = rels.find((r) => r.Id === sheet.rId)?.Target;
    // As `load` does: chartsheets and other parts are not worksheets.
    const part = target && `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!part || !/^xl\/worksheets\/sheet\d+[.]xml$/.test(part) || !parts.has(part)) continue;
    const xml = await partText(parts, part);
    if (xml !== undefined) sheets.push(gridOf(sheet.name, await parseSheet(xml, helper), readCell));
  }
  return { fileName, date1904, sheets };
}

/** Reads .xlsx bytes in Node, as `readXlsx` does but faster. Unusable input raises a Vietnamese InputError. */
export async function readXlsxParts(bytes: Buffer, fileName: string): Promise<WorkbookGrid> {
  assertXlsxBytes(bytes, fileName);
  assertZipWithinLimits(bytes, fileName);
  try {
    return await readParts(bytes, fileName);
  } catch {
    return readXlsx(bytes, fileName);
  }
}
