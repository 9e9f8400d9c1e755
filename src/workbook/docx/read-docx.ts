/**
 * The Word adapter: .docx bytes → WorkbookGrid. Each table of the document is a sheet ("Bảng 1", "Bảng 2"…) whose
 * rows are the table's rows, with merges from w:gridSpan and w:vMerge, and whose cells keep their runs' fonts so that
 * .VnTime/VNI text is decoded as it is in cells. The body paragraphs above and below each table go with it (its
 * letterhead and title; its date line and signature). Read through jszip, which works in Node and in the browser.
 */
import JSZip from 'jszip';
import { InputError } from '../../domain/errors';
import { type Cell, type Merge, type SheetGrid, struckOutText, type TextRun, unstruckRuns, type WorkbookGrid } from '../../domain/grid';
import { msg } from '../../domain/findings/messages';
import { paragraphListSheet } from '../../domain/reading/paragraph-list';
import { assertZipWithinLimits, LIMITS } from '../exceljs/zip-limits';
import { EmbeddedReader, embeddedTargets, readEmbedded } from './embedded-workbooks';
import { isSideBySideLayout } from './layout-table';
import { docxText } from './messages';
import { DocBlock, DocCell, DocParagraph, DocRow, readDocxBody } from './read-docx-body';
import { NO_NUMBERING, readDocxNumbering } from './read-docx-numbering';
import { NO_STYLES, readDocxStyles } from './read-docx-styles';

const damaged = (fileName: string) => new InputError(docxText.damaged(fileName));

class TooLarge extends Error {}

// JSZip's documented `internalStream` (ZipObject#internalStream), missing from its type declarations.
interface ChunkStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', cb: () => void): ChunkStream;
  on(event: 'error', cb: (e: Error) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/**
 * A part's text, inflated chunk by chunk and abandoned past `limit` bytes: a part whose directory understates its
 * size (a zip bomb the limits could not see) never fills the memory.
 */
function boundedText(file: JSZip.JSZipObject, limit: number): Promise<string> {
  return boundedBytes(file, limit).then((all) => new TextDecoder().decode(all));
}

/** A part's bytes, inflated chunk by chunk and abandoned past `limit` bytes (see boundedText). */
function boundedBytes(file: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          reject(new TooLarge());
        } else chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => {
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(all);
      })
      .resume();
  });
}

/**
 * A cell (or a paragraph) as the engine sees text: one font for all of it, or runs where fonts differ. Struck through
 * entirely, it is marked so; words struck out of it among others are no part of its text.
 */
export function textCell(paragraphs: DocParagraph[]): Cell | null {
  const written = paragraphs.flat().filter((r) => r.text.trim());
  const struck = written.length > 0 && written.every((r) => r.strike);
  const runs: TextRun[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) runs.push({ text: '\n', ...(runs[runs.length - 1]?.font ? { font: runs[runs.length - 1]?.font } : {}) });
    for (const r of struck ? p : unstruckRuns(p)) runs.push(r.font ? { text: r.text, font: r.font } : { text: r.text });
  }
  const v = runs.map((r) => r.text).join('');
  if (!v.trim()) return null;
  const fonts = new Set(runs.filter((r) => r.text.trim()).map((r) => r.font));
  const [font] = fonts;
  const cell: Cell = fonts.size > 1 ? { t: 's', v, runs } : font ? { t: 's', v, font } : { t: 's', v };
  if (struck) cell.strike = true;
  else {
    const out = struckOutText(paragraphs.flat());
    if (out) cell.struckOut = out;
  }
  return cell;
}

/** As many columns as a worksheet has: spans past them (a hostile or broken table) are not laid out. */
const MAX_COLUMNS = 16_384;

const shows = (row: DocRow) => row.cells.some((c) => c.paragraphs.some((p) => p.some((r) => r.text.trim())));

function tableSheet(name: string, table: DocRow[]): SheetGrid {
  const rows: (Cell | null)[][] = [];
  const merges: Merge[] = [];
  // A row whose text is all hidden (Font › Hidden) in a table that shows others: the unit hid it from its list, as
  // a hidden row of a workbook, so it is read as one (the list's left-off rows say so). A table hidden whole is none.
  const hiddenRows: number[] = [];
  const showsAny = table.some(shows);
  // Vertical merges still open, by their first grid column.
  const open = new Map<number, Merge>();
  for (const [i, row] of table.entries()) {
    const r = i + 1;
    const out: (Cell | null)[] = [];
    const hidden = showsAny && !shows(row) && row.cells.some((c) => c.withHidden);
    if (hidden) hiddenRows.push(r);
    let col = 1 + row.before;
    for (const cell of row.cells) {
      if (col > MAX_COLUMNS) break;
      const right = Math.min(MAX_COLUMNS, col + cell.span - 1);
      const above = open.get(col);
      if (cell.vMerge === 'continue' && above) {
        above.bottom = r;
      } else {
        if (above) open.delete(col);
        const value = textCell((hidden && cell.withHidden) || cell.paragraphs);
        if (value) out[col - 1] = value;
        const m: Merge = { top: r, left: col, bottom: r, right };
        if (cell.vMerge === 'restart') open.set(col, m);
        merges.push(m);
      }
      col = right + 1;
    }
    // A row is as wide as its cells, empty ones too, and the grid columns it leaves empty after them: a column
    // empty all the way down ("Ghi chú" on a page with no note) is still one of the table's columns.
    out.length = Math.max(out.length, Math.min(MAX_COLUMNS, col - 1 + row.after));
    rows.push(out);
  }
  return { name, rows, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left), ...(hiddenRows.length ? { hiddenRows } : {}) };
}

/**
 * A table that only lays text out side by side: the letterhead ("ĐẢNG BỘ HUYỆN …" beside "ĐẢNG CỘNG SẢN VIỆT NAM")
 * or the signature block (date line and signer beside "Nơi nhận"), in two columns or spaced out in more (see
 * isSideBySideLayout). Lists have more columns than two.
 */
function isLayoutTable(rows: DocRow[]): boolean {
  // A numbered row ("1", "2.") is a list's, however narrow the list.
  const numbered = (c: DocCell) => /^\s*\d+\.?\s*$/.test(c.paragraphs.map((p) => p.map((r) => r.text).join('')).join(''));
  if (rows.length > 6 || rows.some((r) => r.cells.some(numbered))) return false;
  return rows.every((r) => r.cells.length <= 2) || isSideBySideLayout(rows);
}

/**
 * Tables as sheets, each with the body paragraphs above and below it; the text of layout tables (letterhead,
 * signature) counts among those paragraphs, in reading order, and they are sheets as well (Word numbers them).
 */
export function docxSheets(blocks: DocBlock[], pageHeader: DocBlock[] = [], embedded: ReadonlyMap<string, SheetGrid[]> = new Map()): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  const paragraphs: { at: number; cell: Cell }[] = [];
  // A letterhead typed in the page header stands above every table, whatever lays it out there.
  for (const b of pageHeader) {
    for (const line of b.kind === 'p' ? [b.runs] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))) {
      const cell = textCell([line]);
      if (cell) paragraphs.push({ at: -1, cell });
    }
  }
  // Whether every table only lays text out: a list typed as paragraphs may then stand beside them.
  let onlyLayout = true;
  for (const [i, b] of blocks.entries()) {
    const layout = b.kind === 'tbl' && isLayoutTable(b.rows);
    if (b.kind === 'tbl' && !layout) onlyLayout = false;
    if (b.kind === 'p' && b.embeds?.some((id) => embedded.get(id)?.length)) onlyLayout = false;
    const lines = b.kind === 'p' ? [b.runs] : layout ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [];
    for (const line of lines) {
      const cell = textCell([line]);
      if (cell) paragraphs.push({ at: i, cell });
    }
  }
  for (const [i, b] of blocks.entries()) {
    const around = () => ({
      above: paragraphs.filter((p) => p.at < i).map((p) => p.cell),
      below: paragraphs.filter((p) => p.at > i).map((p) => p.cell),
    });
    if (b.kind === 'p') {
      // A workbook embedded where the paragraph stands: its sheets are tables of the document there.
      for (const id of b.embeds ?? [])
        for (const sheet of embedded.get(id) ?? []) sheets.push({ ...sheet, name: docxText.tableName(sheets.length + 1), paragraphs: around() });
      continue;
    }
    const sheet = tableSheet(docxText.tableName(sheets.length + 1), b.rows);
    sheet.paragraphs = around();
    sheets.push(sheet);
  }
  // A document without a list table (none, or only a letterhead or signature laid out in one): a list typed as
  // numbered paragraphs, else, without any table, its paragraphs alone, which still say whose file it is when its
  // list cannot be read.
  if (onlyLayout && paragraphs.length > 0) {
    const body: SheetGrid = { name: docxText.bodyName, rows: [], merges: [], paragraphs: { above: paragraphs.map((p) => p.cell), below: [] } };
    const list = paragraphListSheet(body);
    if (list) sheets.push(list);
    else if (sheets.length === 0) sheets.push(body);
  }
  return sheets;
}

/**
 * Reads .docx bytes; `readWorkbook` reads the Excel workbooks the document embeds as objects (without it, they are
 * not read). Unusable input raises an InputError with one Vietnamese sentence.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, readWorkbook?: EmbeddedReader): Promise<WorkbookGrid> {
  assertZipWithinLimits(bytes, fileName, 'word');
  let documentXml: string;
  let stylesXml: string | undefined;
  let numberingXml: string | undefined;
  let relsXml: string | undefined;
  const headerXmls: string[] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
    const doc = zip.file('word/document.xml');
    if (!doc) throw damaged(fileName);
    documentXml = await boundedText(doc, LIMITS.totalBytes);
    const styles = zip.file('word/styles.xml');
    stylesXml = styles ? await boundedText(styles, LIMITS.totalBytes) : undefined;
    const numbering = zip.file('word/numbering.xml');
    numberingXml = numbering ? await boundedText(numbering, LIMITS.totalBytes) : undefined;
    // Every page header part (first page, default, even pages), in the order Word numbers them.
    const headers = zip.file(/^word\/header\d*\.xml$/).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const h of headers) headerXmls.push(await boundedText(h, LIMITS.totalBytes));
    const rels = zip.file('word/_rels/document.xml.rels');
    relsXml = rels ? await boundedText(rels, LIMITS.totalBytes) : undefined;
  } catch (e) {
    if (e instanceof TooLarge)
      throw new InputError(docxText.tooLarge(fileName, Math.round(LIMITS.totalBytes / 1024 / 1024)));
    throw damaged(fileName);
  }
  let blocks: DocBlock[];
  let pageHeader: DocBlock[];
  try {
    const styles = stylesXml ? readDocxStyles(stylesXml) : NO_STYLES;
    pageHeader = headerXmls.flatMap((xml) => readDocxBody(xml, styles));
    const numbering = numberingXml ? readDocxNumbering(numberingXml) : NO_NUMBERING;
    blocks = readDocxBody(documentXml, styles, numbering);
  } catch {
    throw damaged(fileName);
  }
  const targets = embeddedTargets(blocks, relsXml);
  const embedded = await readEmbedded(zip, targets, fileName, readWorkbook, (file) => boundedBytes(file, LIMITS.totalBytes));
  let sheets: SheetGrid[];
  try {
    sheets = docxSheets(blocks, pageHeader, embedded);
  } catch {
    throw damaged(fileName);
  }
  // The list is an embedded workbook that could not be read, and nothing else in the document is a list: say so,
  // rather than that no table was recognised.
  const unread = [...targets.keys()].some((id) => !embedded.get(id)?.length);
  const listElsewhere = blocks.some((b) => b.kind === 'tbl' && !isLayoutTable(b.rows)) || sheets.some((s) => s.name === msg.paragraphListName);
  if (unread && !listElsewhere && ![...embedded.values()].some((e) => e.length)) throw new InputError(docxText.embeddedWorkbook(fileName));
  const pictured = blocks.some((b) => b.kind === 'p' && b.picture);
  return { fileName, date1904: false, sheets, ...(pictured ? { pictured } : {}) };
}
