/**
 * The fonts of an .xls workbook's text cells, which SheetJS does not give: the BIFF8 records of its "Workbook"
 * stream read for the font list (FONT), each cell format's font (XF) and each text cell's format (LABELSST, LABEL,
 * RSTRING). Legacy Vietnamese text is then decoded by its font (.VnTime, .VnTimeH, VNI-…) as in .xlsx cells; without
 * it, a heading typed in .VnTimeH could not be told from .VnTime text. The font also says whether the text is struck
 * through (a row a unit crossed out). Anything unexpected gives no fonts, never an error: the text's own evidence
 * decides then.
 */
import * as XLSX from '@e965/xlsx';

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const TEXT_CELLS = new Set([0x00fd /* LABELSST */, 0x0204 /* LABEL */, 0x00d6 /* RSTRING */]);
const WORKSHEET = 0x0010;

/** What a text cell's font says: its name, and whether it strikes the text through. */
export interface XlsTextFont {
  name?: string;
  strike?: true;
}

/** FONT's option flags (BIFF8): bit 3, the text is struck out. */
const STRIKE_OUT = 0x0008;

/** A text cell's key in a sheet's font map. */
export const fontKey = (row0: number, col0: number) => row0 * 16384 + col0;

interface CfbEntry {
  content?: ArrayLike<number>;
}
interface CfbApi {
  read(data: Uint8Array, opts: { type: 'array' }): unknown;
  find(cfb: unknown, path: string): CfbEntry | null;
}

function fontName(data: Uint8Array, view: DataView): string | undefined {
  if (data.length < 16) return undefined;
  const cch = data[14] as number;
  const wide = ((data[15] as number) & 1) === 1;
  const end = 16 + (wide ? cch * 2 : cch);
  if (end > data.length) return undefined;
  if (wide) {
    let s = '';
    for (let i = 16; i < end; i += 2) s += String.fromCharCode(view.getUint16(i, true));
    return s;
  }
  return String.fromCharCode(...data.subarray(16, end));
}

function fontOf(data: Uint8Array, view: DataView): XlsTextFont {
  const name = fontName(data, view);
  const font: XlsTextFont = name ? { name } : {};
  if (data.length >= 4 && view.getUint16(2, true) & STRIKE_OUT) font.strike = true;
  return font;
}

/** Per sheet (in the workbook's sheet order), the font of each text cell by `fontKey`; undefined when unreadable. */
export function xlsTextFonts(bytes: Uint8Array): Map<number, XlsTextFont>[] | undefined {
  // Only an OLE file (D0 CF 11 E0) holds BIFF records; a zip (.xlsb, .ods) is not searched.
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf || bytes[2] !== 0x11 || bytes[3] !== 0xe0) return undefined;
  try {
    const cfbApi = (XLSX as unknown as { CFB: CfbApi }).CFB;
    const cfb = cfbApi.read(bytes, { type: 'array' });
    const content = (cfbApi.find(cfb, 'Workbook') ?? cfbApi.find(cfb, 'Book'))?.content;
    if (!content) return undefined;
    const stream = content instanceof Uint8Array ? content : Uint8Array.from(content);
    const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
    const fonts: XlsTextFont[] = [];
    const xfFonts: number[] = [];
    const sheetAt: number[] = [];
    const sheets: Map<number, XlsTextFont>[] = [];
    let current: Map<number, XlsTextFont> | undefined;
    for (let pos = 0; pos + 4 <= stream.length; ) {
      const type = view.getUint16(pos, true);
      const size = view.getUint16(pos + 2, true);
      const at = pos + 4;
      if (at + size > stream.length) break;
      const data = stream.subarray(at, at + size);
      if (type === FONT) fonts.push(fontOf(data, new DataView(stream.buffer, stream.byteOffset + at, size)));
      else if (type === XF && size >= 2) xfFonts.push(view.getUint16(at, true));
      else if (type === BOUNDSHEET && size >= 4) sheetAt.push(view.getUint32(at, true));
      else if (type === BOF && size >= 4) {
        const index = view.getUint16(at + 2, true) === WORKSHEET ? sheetAt.indexOf(pos) : -1;
        current = index >= 0 ? (sheets[index] = new Map()) : undefined;
      } else if (type === EOF) current = undefined;
      else if (current && TEXT_CELLS.has(type) && size >= 6) {
        const ifnt = xfFonts[view.getUint16(at + 4, true)];
        // Font index 4 is never stored: indexes above it are one too high.
        const font = ifnt === undefined ? undefined : fonts[ifnt < 4 ? ifnt : ifnt - 1];
        if (font?.name || font?.strike) current.set(fontKey(view.getUint16(at, true), view.getUint16(at + 2, true)), font);
      }
      pos = at + size;
    }
    return sheetAt.map((_, i) => sheets[i] ?? new Map<number, XlsTextFont>());
  } catch {
    return undefined;
  }
}
