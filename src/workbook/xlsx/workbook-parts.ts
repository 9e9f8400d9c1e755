/**
 * The small parts of a workbook, read as the Office Open XML standard (ECMA-376 part 1, SpreadsheetML) defines them:
 * relationships, the workbook (its sheets and date system), the styles (each cell style's font and whether its
 * number format shows dates) and the shared strings (plain or rich text, each run with its font).
 */
import type { TextRun } from '../../domain/grid';
import { attr, parseXml, relationshipId } from './xml-parse';
import { isDateFormat } from '../number-format';

export interface Relationship {
  id: string;
  /** The type's last segment: "worksheet", "styles", "sharedStrings", "officeDocument"… */
  type: string;
  target: string;
}

export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = attrs();
      const id = attr(a, 'Id');
      const type = attr(a, 'Type') ?? '';
      const target = attr(a, 'Target');
      if (id !== undefined && target !== undefined && attr(a, 'TargetMode') !== 'External')
        rels.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target });
    },
  });
  return rels;
}

export interface WorkbookPart {
  sheets: { name: string; rId: string; hidden?: true }[];
  date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const a = attrs();
        const sheetName = attr(a, 'name');
        const rId = relationshipId(a);
        const state = attr(a, 'state');
        if (sheetName !== undefined && rId !== undefined) out.sheets.push({ name: sheetName, rId, ...(state === 'hidden' || state === 'veryHidden' ? { hidden: true as const } : {}) });
      } else if (name === 'workbookPr') {
        const v = attr(attrs(), 'date1904');
        out.date1904 = v === '1' || v === 'true';
      }
    },
  });
  return out;
}

/** What a cell's style tells the reader: its font, whether its numbers are dates, whether its text is struck through. */
export interface CellStyle {
  font?: string;
  date: boolean;
  strike?: true;
}

/** `<strike/>`, `<strike val="1"/>`: on unless its value says off. */
const isOn = (val: string | undefined) => val === undefined || (val !== '0' && val !== 'false');

// The built-in number formats that show dates (ECMA-376 part 1, 18.8.30); 18–21 and 45–47 show a time alone (no
// date, as isDateFormat says), 27–36 and 50–58 are locale-dependent East Asian formats, not read as dates.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22]);

/** The cell styles (cellXfs) by index. */
export function parseStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  const fonts: { name?: string; strike?: true }[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const path: string[] = [];
  parseXml(xml, {
    open(name, attrs) {
      const parent = path[path.length - 1];
      path.push(name);
      if (name === 'numFmt' && parent === 'numFmts') {
        const a = attrs();
        const id = Number(attr(a, 'numFmtId'));
        const code = attr(a, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
      } else if (name === 'font' && parent === 'fonts') fonts.push({});
      else if (parent === 'font' && path[path.length - 3] === 'fonts') {
        const font = fonts[fonts.length - 1];
        if (font && name === 'name') font.name = attr(attrs(), 'val');
        else if (font && name === 'strike' && isOn(attr(attrs(), 'val'))) font.strike = true;
      }
      else if (name === 'xf' && parent === 'cellXfs') {
        const a = attrs();
        xfs.push({ numFmtId: parseInt(attr(a, 'numFmtId') ?? '', 10), fontId: parseInt(attr(a, 'fontId') ?? '', 10) });
      }
    },
    close() {
      path.pop();
    },
  });
  return xfs.map(({ numFmtId, fontId }) => {
    const code = formats.get(numFmtId);
    const date = code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(numFmtId);
    const { name: font, strike } = fonts[fontId] ?? {};
    const style: CellStyle = font ? { font, date } : { date };
    if (strike) style.strike = true;
    return style;
  });
}

/** A shared string: plain text, or rich text as its runs (a run without a font of its own has none here). */
export type SharedString = string | { runs: TextRun[] };

// Characters Excel writes as _xHHHH_ in texts (ECMA-376 part 1, 22.4.2.4).
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const decodeEscapes = (text: string): string =>
  text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/**
 * Reads string items (`<si>` of the shared strings, `<is>` of an inline string): the text of its `<t>`, or its runs
 * `<r>` with their `<rPr><rFont>` and `<strike>`; phonetic guides (`<rPh>`) are not part of the text.
 */
export class StringItemReader {
  private text: string[] | undefined;
  private runs: TextRun[] | undefined;
  private plain: string | undefined;
  private runFont: string | undefined;
  /** The run's own properties (`<rPr>`) say whether it is struck; without them, the cell's style does. */
  private runStrike: boolean | undefined;
  private inRun = false;
  private skip = 0;

  begin(): void {
    this.runs = this.plain = this.text = this.runFont = undefined;
    this.inRun = false;
    this.runStrike = undefined;
    this.skip = 0;
  }

  open(name: string, attrs: () => Record<string, string>): void {
    if (this.skip) this.skip++;
    else if (name === 'rPh') this.skip = 1;
    else if (name === 't') this.text = [];
    else if (name === 'r') {
      this.inRun = true;
      this.runFont = undefined;
      this.runStrike = undefined;
    } else if (name === 'rPr' && this.inRun) this.runStrike = false;
    else if (name === 'rFont' && this.inRun) this.runFont = attr(attrs(), 'val');
    else if (name === 'strike' && this.inRun) this.runStrike = isOn(attr(attrs(), 'val'));
  }

  onText(text: string): void {
    if (!this.skip) this.text?.push(text);
  }

  close(name: string): void {
    if (this.skip) {
      this.skip--;
      return;
    }
    if (name === 't' && this.text) {
      const t = decodeEscapes(this.text.join(''));
      this.text = undefined;
      if (this.inRun) {
        const run: TextRun = this.runFont ? { text: t, font: this.runFont } : { text: t };
        if (this.runStrike !== undefined) run.strike = this.runStrike;
        (this.runs ??= []).push(run);
      }
      else this.plain = t;
    } else if (name === 'r') this.inRun = false;
  }

  end(): SharedString {
    return this.runs ? { runs: this.runs } : (this.plain ?? '');
  }
}

export function parseSharedStrings(xml: string): SharedString[] {
  const items: SharedString[] = [];
  const item = new StringItemReader();
  let inItem = false;
  parseXml(xml, {
    open(name, attrs) {
      if (inItem) item.open(name, attrs);
      else if (name === 'si') {
        inItem = true;
        item.begin();
      }
    },
    text: (t) => {
      if (inItem) item.onText(t);
    },
    close(name) {
      if (!inItem) return;
      if (name === 'si') {
        inItem = false;
        items.push(item.end());
      } else item.close(name);
    },
  });
  return items;
}
