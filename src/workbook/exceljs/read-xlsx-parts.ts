/**
 * The ExcelJS adapter's fast reading path, for Node (the command line and the bench). The workbook, its styles and
 * any rich shared strings go through the same part parsers that `Workbook.xlsx.load` runs; plain shared strings
 * through shared-strings.ts and the sheets' rows through sheet-rows.ts, which read them exactly as ExcelJS's parsers
 * do; all of it fed with parts inflated by native zlib (zip-entry.ts), and turned straight into a WorkbookGrid.
 * `load` also builds ExcelJS's whole document (a Row and a Cell object per cell, with styles): on a 100,000-row list
 * that costs three times the parsing itself.
 * ExcelJS's public streaming reader is no substitute: it takes the parts in zip order (Excel stores sheets before
 * styles.xml, so dates would read as numbers), drops the error values of formulas (template rows of #N/A) and the
 * fonts of rich-text runs (TCVN3 by run). A large sheet is inflated and cut in two on a worker thread, and the
 * pieces parsed at once, one there and one here, so that a second core shares the work. Anything unexpected falls
 * back to `readXlsx`, which also words the error for a damaged file.
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
import { cutSheet, parseFirstPiece, parseRest, SheetCut } from './sheet-cut';
import type { SheetJob, SheetReply } from './sheet-parse-worker';
import { EntryData, entryBytes, entryData } from './zip-entry';
import { CellKind, parseSheetRows, SheetRows } from './sheet-rows';
import { plainSharedStrings } from './shared-strings';
import { assertZipWithinLimits } from './zip-limits';

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

/** The zip's entries by name, with the zip's bytes. */
interface Parts {
  zip: Buffer;
  entries: Map<string, unzipper.ZipEntry>;
}

// ExcelJS's part parsers take text in slices, as `load` gives it.
const SLICE = 64 * 1024;
function* slices(text: string): Iterable<string> {
  for (let i = 0; i < text.length; i += SLICE) yield text.substring(i, i + SLICE);
}

async function parsePart<T>(parts: Parts, name: string, xform: { parseStream(chunks: Iterable<string>): Promise<unknown> }): Promise<T | undefined> {
  const entry = parts.entries.get(name);
  if (!entry) return undefined;
  return (await xform.parseStream(slices((await entryBytes(parts.zip, entry)).toString('utf8')))) as T;
}

/** Sheets smaller than this are parsed whole: a second thread costs more than it saves. */
const SPLIT_ABOVE = 4 * 1024 * 1024;
/**
 * Where a large sheet is cut, as a share of its rows' bytes: the worker, which also inflates it, takes the rows after
 * the cut; this thread parses the styles and the shared strings meanwhile, then the first piece, and builds the grid.
 */
const FIRST_SHARE = 0.4;
// The compiled worker; absent when the sources run uncompiled (tests), where both pieces are parsed here in turn.
const WORKER_FILE = path.join(__dirname, 'sheet-parse-worker.js');

/** A sheet part's rows in pieces, in order: the first parsed here when asked, the rest (if cut) meanwhile. */
interface SheetPieces {
  first(): SheetRows;
  rest?: Promise<SheetRows>;
}

/** An inflated part's pieces: cut at `first` (the rest parsed meanwhile, wherever), or whole. */
function piecesOf(xml: Buffer, first?: SheetCut['first'], rest?: Promise<SheetRows>): SheetPieces {
  if (!first || !rest) return { first: () => parseSheetRows([xml.toString('utf8')]) };
  // Marked as handled now: if the caller fails before awaiting it, that must not become an unhandled rejection.
  rest.catch(() => undefined);
  return { first: () => parseFirstPiece(xml, first), rest };
}

interface Settle<T> {
  resolve(value: T): void;
  reject(reason: Error): void;
}

/** A worker thread for large sheets, started early so that its start-up overlaps the unzipping (sheet-parse-worker.ts). */
class SheetWorker {
  private readonly worker = new Worker(WORKER_FILE);
  private readonly jobs = new Map<number, { pieces: Settle<SheetPieces>; rows?: Settle<SheetRows> }>();
  private next = 0;
  /** Set once the thread has failed or gone: what is pending, and whatever comes later, is refused (the caller falls back). */
  private failure: Error | undefined;
  private closing = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: SheetReply) => this.receive(reply));
    this.worker.on('error', (e: Error) => this.fail(e));
    this.worker.on('exit', () => {
      if (!this.closing) this.fail(new Error('sheet worker exited'));
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const job of this.jobs.values()) (job.rows ?? job.pieces).reject(e);
    this.jobs.clear();
  }

  /** The part, inflated and cut there; resolves when its bytes are back here, the rows after the cut still parsing. */
  start(stored: EntryData): Promise<SheetPieces> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    // A copy goes: the zip's own buffer stays whole here.
    const data = new Uint8Array(stored.data);
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { pieces: { resolve, reject } });
      const job: SheetJob = { id, data, deflated: stored.deflated, size: stored.size, share: FIRST_SHARE };
      this.worker.postMessage(job, [data.buffer]);
    });
  }

  private receive(reply: SheetReply): void {
    const job = this.jobs.get(reply.id);
    if (!job) return;
    if (reply.kind === 'failed') {
      (job.rows ?? job.pieces).reject(new Error('large sheet not read on the worker'));
      this.jobs.delete(reply.id);
    } else if (reply.kind === 'rows') {
      job.rows?.resolve(reply.rows);
      this.jobs.delete(reply.id);
    } else {
      const xml = Buffer.from(reply.xml.buffer, reply.xml.byteOffset, reply.xml.byteLength);
      if (!reply.first) this.jobs.delete(reply.id);
      const rest = reply.first && new Promise<SheetRows>((resolve, reject) => (job.rows = { resolve, reject }));
      job.pieces.resolve(piecesOf(xml, reply.first, rest));
    }
  }

  close(): void {
    this.closing = true;
    void this.worker.terminate();
  }
}

/** A sheet part's pieces: a large one inflated and cut on the worker, any other here. */
function startSheet(parts: Parts, entry: unzipper.ZipEntry, helper: SheetWorker | undefined): Promise<SheetPieces> {
  const stored = helper && entry.uncompressedSize >= SPLIT_ABOVE ? entryData(parts.zip, entry) : undefined;
  if (helper && stored) return helper.start(stored);
  return entryBytes(parts.zip, entry).then((xml) => {
    const cut = xml.length >= SPLIT_ABOVE ? cutSheet(xml, FIRST_SHARE) : undefined;
    return piecesOf(xml, cut?.first, cut && Promise.resolve().then(() => parseRest(xml.toString('utf8', cut.rest[0], cut.rest[1]))));
  });
}

function mergeOf(range: string): Merge | undefined {
  const d = colCache.decode(range);
  return 'top' in d ? { top: d.top, left: d.left, bottom: d.bottom, right: d.right } : undefined;
}

type ReadCell = (rows: SheetRows, i: number) => Cell | null;

/** The shared strings by index, as ExcelJS's parser gives them (a string, or rich text as its object). */
interface SharedStrings {
  getString(index: number): unknown;
}

async function sharedStringsOf(parts: Parts): Promise<SharedStrings> {
  const entry = parts.entries.get('xl/sharedStrings.xml');
  if (!entry) return { getString: () => undefined };
  const xml = (await entryBytes(parts.zip, entry)).toString('utf8');
  const plain = plainSharedStrings(xml);
  if (plain) return { getString: (index) => plain[index] };
  const xform = new SharedStringsXform();
  await xform.parseStream(slices(xml));
  return xform;
}

/**
 * A cell's value as ExcelJS's document would hold it, after what its cell reconcile does for values: shared strings
 * looked up, numbers in a date format read as dates (in the workbook's date system), a formula showing its cached
 * result. Done here, with each style looked at once, because ExcelJS's own reconcile costs more than the parsing.
 */
function cellReader(styles: StylesXform, sharedStrings: SharedStrings, date1904: boolean): ReadCell {
  const byStyle = new Map<number, CellStyle>();
  const styleOf = (id: number): CellStyle | undefined => {
    if (!id) return undefined;
    let st = byStyle.get(id);
    if (!st) {
      const model = styles.getStyleModel(id);
      st = { font: model?.font?.name, date: Boolean(model && utils.isDateFmt(model.numFmt)) };
      byStyle.set(id, st);
    }
    return st;
  };
  // Cells are never changed once read: those of one shared string in one style are one object, not one per use
  // (a list repeats its units, positions and places on every row).
  const sharedCells = new Map<number, (Cell | null)[]>();
  return (rows, i) => {
    const style = rows.styles[i] ?? 0;
    const st = styleOf(style);
    const v = rows.values[i] ?? NaN;
    switch (rows.kinds[i]) {
      case CellKind.Number:
      case CellKind.FormulaNumber:
        return toCell(st?.date ? utils.excelToDate(v, date1904) : v, st?.font);
      case CellKind.Shared: {
        let cells = sharedCells.get(style);
        if (!cells) sharedCells.set(style, (cells = []));
        let cell = cells[v];
        if (cell === undefined) cells[v] = cell = toCell(sharedStrings.getString(v) as ExcelJS.CellValue, st?.font);
        return cell;
      }
      case CellKind.Text:
      case CellKind.FormulaText:
        return toCell(rows.texts[v], st?.font);
      case CellKind.Bool:
      case CellKind.FormulaBool:
        return toCell(v === 1, st?.font);
      case CellKind.Error:
      case CellKind.FormulaError:
        return toCell({ error: rows.texts[v] } as ExcelJS.CellErrorValue, st?.font);
      default:
        return null;
    }
  };
}

/**
 * One sheet's rows as a SheetGrid, exactly as `sheetGrid` in read-xlsx.ts sees ExcelJS's document. The first piece
 * is turned into rows while the worker still parses the rest.
 */
async function gridOf(name: string, pieces: SheetPieces, readCell: ReadCell): Promise<SheetGrid> {
  const first = pieces.first();
  const merges = first.merges.map(mergeOf).filter((m): m is Merge => m !== undefined);
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
  const add = (piece: SheetRows) => {
    const { rowNumbers, cellFrom, cols, kinds } = piece;
    for (let r = 0; r < rowNumbers.length; r++) {
      const number = rowNumbers[r] ?? 0;
      const out: (Cell | null)[] = [];
      const inMerge = covered.get(number);
      let hasCells = false;
      for (let i = cellFrom[r] ?? 0, end = cellFrom[r + 1] ?? 0; i < end; i++) {
        const kind = kinds[i];
        // ExcelJS's document lists a row when any cell in it has a type other than Null, even a guessed merge.
        if (kind !== CellKind.Styled) hasCells = true;
        if (kind === CellKind.Styled || kind === CellKind.Bare) continue;
        const col = cols[i] ?? 0;
        if (inMerge?.some((m) => col >= m.left && col <= m.right && !(number === m.top && col === m.left))) continue;
        const v = readCell(piece, i);
        if (v) out[col - 1] = v;
      }
      if (hasCells) {
        rows[number - 1] = out;
        lastRow = Math.max(lastRow, number);
      }
    }
  };
  add(first);
  if (pieces.rest) add(await pieces.rest);
  for (let i = 0; i < lastRow; i++) if (!rows[i]) rows[i] = [];
  return { name, rows, merges };
}

/** The fast path alone, without the fallback: it throws on whatever it does not handle. */
export async function readParts(bytes: Buffer, fileName: string): Promise<WorkbookGrid> {
  const entries = (await unzipper.Open.buffer(bytes)).files;
  const parts: Parts = { zip: bytes, entries: new Map(entries.map((f) => [f.path, f])) };
  const large = entries.some((f) => f.path.startsWith('xl/worksheets/') && f.uncompressedSize >= SPLIT_ABOVE);
  const helper = large && existsSync(WORKER_FILE) ? new SheetWorker() : undefined;
  try {
    return await readSheets(parts, fileName, helper);
  } finally {
    helper?.close();
  }
}

async function readSheets(parts: Parts, fileName: string, helper: SheetWorker | undefined): Promise<WorkbookGrid> {
  const rels = await parsePart<Relationship[]>(parts, 'xl/_rels/workbook.xml.rels', new RelationshipsXform());
  const workbook = await parsePart<WorkbookModel>(parts, 'xl/workbook.xml', new WorkbookXform());
  if (!rels || !workbook?.sheets) throw new Error('workbook.xml or its relationships missing');
  const sheets = workbook.sheets.flatMap(({ name, rId }) => {
    const target = rels.find((r) => r.Id === rId)?.Target;
    // As `load` does: chartsheets and other parts are not worksheets.
    const part = target && `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const entry = part && /^xl\/worksheets\/sheet\d+[.]xml$/.test(part) ? parts.entries.get(part) : undefined;
    return entry ? [{ name, entry }] : [];
  });
  // Every sheet is on its way (inflated on libuv's threads, a large one on the worker) while this thread parses the
  // styles and the shared strings.
  const started = sheets.map(({ entry }) => startSheet(parts, entry, helper));
  for (const p of started) p.catch(() => undefined);
  const styles = new StylesXform();
  if (!(await parsePart(parts, 'xl/styles.xml', styles))) throw new Error('styles.xml missing');
  const sharedStrings = await sharedStringsOf(parts);
  const date1904 = Boolean(workbook.properties?.date1904);
  const readCell = cellReader(styles, sharedStrings, date1904);

  const grids: SheetGrid[] = [];
  for (const [i, { name }] of sheets.entries()) {
    const pieces = started[i];
    if (pieces) grids.push(await gridOf(name, await pieces, readCell));
  }
  return { fileName, date1904, sheets: grids };
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
