/**
 * The one .xlsx/.xlsm reader, for every door (the command line, the browser's worker, the add-in's "Gộp file"):
 * bytes → WorkbookGrid, on public APIs only. The zip's directory is read from its documented records
 * (zip-directory.ts), each part inflated as a stream by the platform (inflate.ts), and the parts' XML parsed with
 * saxen as the Office Open XML standard defines it (workbook-parts.ts, sheet-builder.ts). Sheets are parsed piece
 * by piece as they inflate (sheet-pieces.ts), so memory holds the grid, not the XML.
 * A file that cannot be read raises one Vietnamese InputError; any other error is a bug and is not hidden.
 */
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';
import type { SheetGrid, WorkbookGrid } from '../../domain/grid';
import { assertXlsxBytes } from '../exceljs/file-kind';
import { assertZipWithinLimits, LIMITS } from '../exceljs/zip-limits';
import { Damaged, TooLarge } from './damaged';
import type { Inflate } from './inflate';
import { CellContext, SheetBuilder } from './sheet-builder';
import { sheetPieces } from './sheet-pieces';
import { parseSheetRows, SheetRows } from './sheet-rows';
import { CellStyle, parseRelationships, parseSharedStrings, parseStyles, parseWorkbook, Relationship, SharedString } from './workbook-parts';
import { storedBytes, ZipEntry, zipDirectory } from './zip-directory';

/** Parses a piece elsewhere (another thread) when free; undefined when busy, and the piece is parsed here. */
export interface PieceParser {
  parse(piece: string): Promise<SheetRows> | undefined;
  /** Resolves once the other thread's news is in, before a piece is given. */
  ready(): Promise<void>;
}

/** Pieces parsed or being parsed, waiting to be built into the grid, at most: a bound on the memory they hold. */
const WAITING = 3;

/** Pieces are cut at about an eighth of the sheet (so that two threads share the work), within 1–4 MB. */
const pieceBytes = (size: number) => Math.min(4 * 1024 * 1024, Math.max(1024 * 1024, Math.floor(size / 8)));

/** Parts read whole (all but the sheets) stay below what one JavaScript string can hold. */
const WHOLE_PART_BYTES = 512 * 1024 * 1024;

class Archive {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly inflate: Inflate,
  ) {
    // Part names are case-insensitive (ECMA-376 part 2, 6.2.2.3).
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  async *chunks(entry: ZipEntry): AsyncIterable<Uint8Array> {
    if (entry.flags & 1) throw new Damaged('encrypted part');
    const stored = storedBytes(this.bytes, entry);
    if (!stored) throw new Damaged('part out of the zip');
    if (entry.method === 0) yield stored;
    else if (entry.method === 8) yield* this.inflate(stored, entry.uncompressed);
    else throw new Damaged('compression method');
  }

  async text(name: string): Promise<string | undefined> {
    const entry = this.entry(name);
    if (!entry) return undefined;
    if (entry.uncompressed > WHOLE_PART_BYTES) throw new TooLarge(`phần ${name} giải nén ra hơn ${WHOLE_PART_BYTES / 1024 / 1024} MB`);
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const c of this.chunks(entry)) {
      parts.push(c);
      length += c.length;
    }
    const all = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return new TextDecoder().decode(all);
  }
}

/** A relationship's target as a part name, relative to the part that holds the relationships. */
function resolve(from: string, target: string): string {
  const segments = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

async function relationships(zip: Archive, part: string): Promise<Relationship[]> {
  const xml = await zip.text(relsOf(part));
  return xml === undefined ? [] : parseRelationships(xml);
}

async function readGrids(zip: Archive, helper: PieceParser | undefined): Promise<{ date1904: boolean; sheets: SheetGrid[] }> {
  const office = (await relationships(zip, '')).find((r) => r.type === 'officeDocument');
  const bookPart = office ? resolve('', office.target) : 'xl/workbook.xml';
  const bookXml = await zip.text(bookPart);
  if (bookXml === undefined) throw new Damaged('workbook part missing');
  const book = parseWorkbook(bookXml);
  const rels = await relationships(zip, bookPart);
  const partOf = (type: string, fallback: string) => {
    const rel = rels.find((r) => r.type === type);
    return rel ? resolve(bookPart, rel.target) : fallback;
  };
  const stylesXml = await zip.text(partOf('styles', 'xl/styles.xml'));
  const styles: CellStyle[] = stylesXml === undefined ? [] : parseStyles(stylesXml);
  const stringsXml = await zip.text(partOf('sharedStrings', 'xl/sharedStrings.xml'));
  // Copies of their own: a parser's texts are slices of the whole part, which the engine's text work handles slower.
  const strings = stringsXml === undefined ? [] : (JSON.parse(JSON.stringify(parseSharedStrings(stringsXml))) as SharedString[]);
  const ctx: CellContext = { styles, strings, date1904: book.date1904, cells: { count: 0, limit: LIMITS.cells } };
  const sheets: SheetGrid[] = [];
  for (const { name, rId, hidden } of book.sheets) {
    const rel = rels.find((r) => r.id === rId);
    // Chartsheets, dialog and macro sheets hold no list.
    const entry = rel?.type === 'worksheet' ? zip.entry(resolve(bookPart, rel.target)) : undefined;
    if (!entry) continue;
    const builder = new SheetBuilder(name, ctx);
    const parsed: Promise<SheetRows>[] = [];
    try {
      for await (const piece of sheetPieces(zip.chunks(entry), pieceBytes(entry.uncompressed))) {
        if (helper) await helper.ready();
        parsed.push(helper?.parse(piece) ?? Promise.resolve(parseSheetRows(piece)));
        while (parsed.length > WAITING) builder.add(await (parsed.shift() as Promise<SheetRows>));
      }
      for (const p of parsed.splice(0)) builder.add(await p);
    } finally {
      // What is left after a failure is not waited for, and its rejection is not left unhandled.
      for (const p of parsed) p.catch(() => undefined);
    }
    const sheet = builder.finish();
    sheets.push(hidden ? { ...sheet, hidden } : sheet);
  }
  return { date1904: book.date1904, sheets };
}

/** Reads .xlsx/.xlsm bytes, inflating with the platform's inflater. Unusable input raises a Vietnamese InputError. */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, inflate: Inflate, helper?: PieceParser): Promise<WorkbookGrid> {
  assertXlsxBytes(bytes, fileName);
  assertZipWithinLimits(bytes, fileName);
  const entries = zipDirectory(bytes);
  if (!entries) throw damaged(fileName);
  try {
    return { fileName, ...(await readGrids(new Archive(bytes, entries, inflate), helper)) };
  } catch (e) {
    if (e instanceof Damaged) throw damaged(fileName);
    if (e instanceof TooLarge) throw new InputError(fileText.tooLarge(fileName, e.message));
    throw e;
  }
}

const damaged = (fileName: string) => new InputError(fileText.damaged(fileName));
