/**
 * word/document.xml as blocks in reading order: body paragraphs and tables (rows of cells, with their grid spans and
 * vertical merges). Each text run keeps its font. A table inside a cell gives its text to that cell, but a table
 * that only frames the page (one cell a row, a table inside) gives its contents as blocks; a text box's paragraphs
 * are paragraphs where the box stands; the fallback copies of drawings (mc:Fallback) and deleted text are not read.
 * Nor is what Word neither shows as content nor prints: a content control still showing its placeholder prompt, text
 * in the placeholder style, hidden text (w:vanish). A ticked check box (a content control or a legacy form field) or
 * a tick symbol (w:sym, or typed in a symbol font) reads as "x".
 */
import { Parser } from 'saxen';
import { xmlAttribute, xmlText } from '../exceljs/xml-text';
import type { DocStyles } from './read-docx-styles';
import { fontOf } from './read-docx-fonts';
import { DocNumbering, NO_NUMBERING } from './read-docx-numbering';
import { symbolFontText, symbolMark } from './symbol-marks';

export interface DocRun {
  text: string;
  font?: string;
  /** Struck through (w:strike, w:dstrike). */
  strike?: true;
}

export type DocParagraph = DocRun[];

export interface DocCell {
  paragraphs: DocParagraph[];
  /**
   * The paragraphs with their hidden text (w:vanish) shown too, where the cell has some: a row the unit hid whole
   * (Font › Hidden) is read from them, as a row it took out (the table's hidden rows).
   */
  withHidden?: DocParagraph[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'restart' begins a vertical merge, 'continue' carries the cell above on. */
  vMerge?: 'restart' | 'continue';
  /** The cell's paragraphs and tables, in order: what a framing table gives (see isFrame). */
  blocks: DocBlock[];
}

export interface DocRow {
  /** Grid columns left empty before the first cell (w:gridBefore). */
  before: number;
  /** Grid columns left empty after the last cell (w:gridAfter). */
  after: number;
  /** Deleted as a tracked change (w:trPr/w:del), whether or not its text is marked deleted too: not read. */
  deleted?: true;
  cells: DocCell[];
}

/**
 * `embeds`: the relationship ids of Excel workbooks embedded as objects in the paragraph (Insert → Object).
 * `picture`: the paragraph shows a picture as wide as a list's (a scan or a photo of one; not a logo, a stamp or a
 * signature).
 */
export type DocBlock = { kind: 'p'; runs: DocParagraph; embeds?: string[]; picture?: true } | { kind: 'tbl'; rows: DocRow[] };

// A picture at least 6 cm wide may be a list's; a logo, a stamp or a signature is narrower. In EMU and in points.
const LIST_PICTURE_EMU = 2_160_000;
const LIST_PICTURE_PT = 170;
const POINTS_PER: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/** A VML shape's width in points, from its style ("width:451.3pt;height:300pt"); px when no unit is written. */
function vmlWidth(style: string | undefined): number | undefined {
  const m = /(?:^|;)\s*width\s*:\s*([\d.]+)\s*(pt|in|cm|mm|pc|px)?/i.exec(style ?? '');
  return m ? Number(m[1]) * (POINTS_PER[(m[2] ?? 'px').toLowerCase()] ?? 1) : undefined;
}

function attributes(attrs: () => Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs())) out[k] = xmlAttribute(v);
  return out;
}

/** An on/off property (w:vanish, w:showingPlcHdr): on when written without a value. */
const isOn = (v: string | undefined) => v === undefined || !['0', 'false', 'off'].includes(v.toLowerCase());

const positive = (v: string | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : undefined;
};

/**
 * A table that frames the page rather than lists anything: one cell a row, and a table inside one of them (a list
 * typed in a bordered box). Its contents are the document's.
 */
function isFrame(rows: DocRow[]): boolean {
  return rows.every((r) => r.cells.length <= 1) && rows.some((r) => r.cells.some((c) => c.blocks.some((b) => b.kind === 'tbl')));
}

/** A block as the document's blocks: a framing table's contents (frames within frames too), else itself. */
function unframed(block: DocBlock): DocBlock[] {
  if (block.kind !== 'tbl' || !isFrame(block.rows)) return [block];
  return block.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks.flatMap(unframed)));
}

/** A table being read, with the row and cell being read in it. */
interface OpenTable {
  rows: DocRow[];
  row: DocRow | undefined;
  cell: DocCell | undefined;
}

export function readDocxBody(xml: string, styles: DocStyles, numbering: DocNumbering = NO_NUMBERING): DocBlock[] {
  const blocks: DocBlock[] = [];
  const stack: string[] = [];
  const parent = () => stack[stack.length - 2];
  // Skipped subtrees (mc:Fallback, w:del) by depth: nothing inside is read.
  let skipAt = 0;
  // Tables open, outermost first: a table inside a cell is read as a table of its own as well.
  const tables: OpenTable[] = [];
  const current = () => tables[tables.length - 1];
  // Paragraphs may nest (a text box inside a run): each is kept until it closes.
  // `withHidden`: the runs with the hidden ones too, from the first hidden run on (else the runs are all there is).
  const paragraphs: { runs: DocParagraph; withHidden?: DocParagraph; font?: string; numId?: string; ilvl?: number; embeds?: string[]; picture?: true }[] = [];
  // The width of the drawing (EMU) or VML shape (points) being read, for the picture it may show.
  let drawingWidth = 0;
  let shapeWidth: number | undefined;
  let runFont: string | undefined;
  let runStyleFont: string | undefined;
  let runStrike = false;
  // In the placeholder style: not the document's text.
  let runUnseen = false;
  // Hidden (w:vanish): not the document's text either, but kept aside (DocCell.withHidden) for a row hidden whole.
  let runHidden = false;
  // Content controls open (w:sdt): showing their placeholder, or a check box (ticked or not, its mark written once).
  const controls: { placeholder: boolean; checkbox?: { checked: boolean; written: boolean } }[] = [];
  const control = () => controls[controls.length - 1];
  // A legacy form check box (w:ffData/w:checkBox) being read: ticked by default, and ticked as saved where it says.
  let formBox: { byDefault: boolean; checked?: boolean } | undefined;

  const paragraph = () => paragraphs[paragraphs.length - 1];
  /** `glyphs`: the text is typed (w:t), so in a symbol font its characters are that font's glyphs. */
  const addText = (text: string, glyphs = false) => {
    const p = paragraph();
    if (!p || !text || runUnseen) return;
    const box = controls.length ? [...controls].reverse().find((c) => c.checkbox)?.checkbox : undefined;
    if (controls.some((c) => c.placeholder)) return;
    if (box) {
      // The box's glyph (☒ or ☐, in whatever font the control sets) stands for its state.
      if (!box.checked || box.written) return;
      box.written = true;
      text = 'x';
    } else if (glyphs && (runFont ?? runStyleFont) !== undefined) {
      text = symbolFontText(runFont ?? runStyleFont, text) ?? text;
      if (!text) return;
    }
    const font = runFont ?? runStyleFont ?? p.font ?? styles.defaultFont;
    if (runHidden) p.withHidden ??= p.runs.map((r) => ({ ...r }));
    for (const runs of runHidden ? [p.withHidden as DocParagraph] : p.withHidden ? [p.runs, p.withHidden] : [p.runs]) {
      const last = runs[runs.length - 1];
      if (last && last.font === font && Boolean(last.strike) === runStrike) last.text += text;
      else runs.push({ text, ...(font ? { font } : {}), ...(runStrike ? { strike: true as const } : {}) });
    }
  };

  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    stack.push(name);
    if (skipAt) return;
    const t = current();
    switch (name) {
      case 'mc:Fallback':
      case 'w:del':
        // A row deleted as a tracked change: marked on the row alone, its text unmarked, it is deleted still.
        if (parent() === 'w:trPr' && t?.row) t.row.deleted = true;
        skipAt = stack.length;
        return;
      case 'w:moveFrom':
        skipAt = stack.length;
        return;
      case 'w:tbl':
        tables.push({ rows: [], row: undefined, cell: undefined });
        return;
      case 'w:tr':
        if (t) {
          t.row = { before: 0, after: 0, cells: [] };
          t.rows.push(t.row);
        }
        return;
      case 'w:gridBefore':
        if (t?.row && parent() === 'w:trPr') t.row.before = positive(attributes(attrs)['w:val']) ?? 0;
        return;
      case 'w:gridAfter':
        if (t?.row && parent() === 'w:trPr') t.row.after = positive(attributes(attrs)['w:val']) ?? 0;
        return;
      case 'w:tc':
        if (t?.row) {
          t.cell = { paragraphs: [], span: 1, blocks: [] };
          t.row.cells.push(t.cell);
        }
        return;
      case 'w:gridSpan':
        if (t?.cell && parent() === 'w:tcPr') t.cell.span = positive(attributes(attrs)['w:val']) ?? 1;
        return;
      case 'w:vMerge':
        if (t?.cell && parent() === 'w:tcPr') t.cell.vMerge = attributes(attrs)['w:val'] === 'restart' ? 'restart' : 'continue';
        return;
      case 'w:p':
        paragraphs.push({ runs: [] });
        return;
      case 'w:numId': {
        // Automatic numbering: the number Word shows is put before the paragraph's text, as it is seen.
        const p = paragraph();
        if (p && parent() === 'w:numPr') p.numId = attributes(attrs)['w:val'];
        return;
      }
      case 'w:ilvl': {
        const p = paragraph();
        if (p && parent() === 'w:numPr') p.ilvl = Number(attributes(attrs)['w:val']) || 0;
        return;
      }
      case 'w:pStyle': {
        const p = paragraph();
        if (p && parent() === 'w:pPr') p.font = styles.fontOf(attributes(attrs)['w:val']);
        return;
      }
      case 'w:r':
        runFont = undefined;
        runStyleFont = undefined;
        runStrike = false;
        runUnseen = false;
        runHidden = false;
        return;
      case 'w:vanish':
        if (parent() === 'w:rPr' && stack[stack.length - 3] === 'w:r') runHidden = isOn(attributes(attrs)['w:val']);
        return;
      case 'w:sdt':
        controls.push({ placeholder: false });
        return;
      case 'w:showingPlcHdr': {
        const c = control();
        if (c && parent() === 'w:sdtPr') c.placeholder = isOn(attributes(attrs)['w:val']);
        return;
      }
      case 'w14:checkbox': {
        const c = control();
        if (c && parent() === 'w:sdtPr') c.checkbox = { checked: false, written: false };
        return;
      }
      case 'w14:checked': {
        const box = control()?.checkbox;
        if (box && parent() === 'w14:checkbox') box.checked = isOn(attributes(attrs)['w14:val']);
        return;
      }
      case 'wp:extent':
        if (parent() === 'wp:inline' || parent() === 'wp:anchor') drawingWidth = Number(attributes(attrs)['cx']) || 0;
        return;
      case 'a:blip': {
        const p = paragraph();
        if (p && stack.includes('w:drawing') && drawingWidth >= LIST_PICTURE_EMU) p.picture = true;
        return;
      }
      case 'v:shape':
        shapeWidth = vmlWidth(attributes(attrs)['style']);
        return;
      case 'v:imagedata': {
        // An embedded object's preview (w:object) is the object, read as such, not a picture.
        const p = paragraph();
        if (p && !stack.includes('w:object') && (shapeWidth === undefined || shapeWidth >= LIST_PICTURE_PT)) p.picture = true;
        return;
      }
      case 'o:OLEObject': {
        const a = attributes(attrs);
        const p = paragraph();
        if (p && a['r:id'] && /^Excel\.Sheet/i.test(a['ProgID'] ?? '')) (p.embeds ??= []).push(a['r:id']);
        return;
      }
      case 'w:checkBox':
        if (parent() === 'w:ffData') formBox = { byDefault: false };
        return;
      case 'w:default':
      case 'w:checked':
        if (formBox && parent() === 'w:checkBox') {
          const on = isOn(attributes(attrs)['w:val']);
          if (name === 'w:default') formBox.byDefault = on;
          else formBox.checked = on;
        }
        return;
      case 'w:sym': {
        const a = attributes(attrs);
        const mark = parent() === 'w:r' ? symbolMark(a['w:font'], a['w:char']) : undefined;
        if (mark) addText(mark);
        return;
      }
      case 'w:strike':
      case 'w:dstrike': {
        if (parent() !== 'w:rPr' || stack[stack.length - 3] !== 'w:r') return;
        const val = attributes(attrs)['w:val'];
        runStrike = val === undefined || (val !== '0' && val !== 'false');
        return;
      }
      case 'w:rStyle':
        if (parent() === 'w:rPr' && stack[stack.length - 3] === 'w:r') {
          const style = attributes(attrs)['w:val'];
          runStyleFont = styles.fontOf(style);
          // Word's style for a content control's prompt ("Click or tap here to enter text.").
          if (style && /^placeholdertext$/i.test(style)) runUnseen = true;
        }
        return;
      case 'w:rFonts':
        if (parent() === 'w:rPr' && stack[stack.length - 3] === 'w:r') runFont = fontOf(attributes(attrs));
        return;
      case 'w:tab':
        if (parent() === 'w:r') addText('\t');
        return;
      case 'w:br':
      case 'w:cr':
        if (parent() === 'w:r') addText('\n');
        return;
      case 'w:noBreakHyphen':
        addText('-');
        return;
    }
  });
  parser.on('text', (raw) => {
    if (!skipAt && stack[stack.length - 1] === 'w:t') addText(xmlText(raw), true);
  });
  parser.on('closeTag', (name) => {
    const depth = stack.length;
    stack.pop();
    if (skipAt) {
      if (depth === skipAt) skipAt = 0;
      return;
    }
    const t = current();
    switch (name) {
      case 'w:sdt':
        controls.pop();
        return;
      case 'w:checkBox':
        // The field shows its box as a picture, no text: a ticked one is the mark.
        if (formBox && (formBox.checked ?? formBox.byDefault)) addText('x');
        formBox = undefined;
        return;
      case 'w:p': {
        const p = paragraphs.pop();
        if (!p) return;
        const numbered = p.numId && p.numId !== '0' ? p.numId : undefined;
        // A paragraph of the body that Word bullets shows its bullet as a list typed so would ("- …"); a table's
        // cells keep their text as it is.
        const number = numbered ? (numbering.next(numbered, p.ilvl ?? 0) ?? (!t && numbering.bullet(numbered, p.ilvl ?? 0) ? '-' : undefined)) : undefined;
        // Struck with its paragraph: a crossed-out item keeps its number crossed out.
        const struck = (runs: DocParagraph) => runs.length > 0 && runs.every((r) => r.strike);
        const withNumber = (runs: DocParagraph) => (number ? [{ text: `${number} `, ...(struck(runs) ? { strike: true as const } : {}) }, ...runs] : runs);
        // A paragraph all hidden hides its number too.
        if (!p.withHidden || p.runs.some((r) => r.text.trim())) p.runs = withNumber(p.runs);
        if (t?.cell) {
          // Every enclosing cell holds the text; the innermost one holds the paragraph as a block.
          for (const open of tables) {
            const cell = open.cell;
            if (!cell) continue;
            if (p.withHidden) cell.withHidden ??= [...cell.paragraphs];
            cell.paragraphs.push(p.runs);
            cell.withHidden?.push(p.withHidden ? withNumber(p.withHidden) : p.runs);
          }
          t.cell.blocks.push({ kind: 'p', runs: p.runs, ...(p.picture ? { picture: p.picture } : {}) });
        } else if (!t) blocks.push({ kind: 'p', runs: p.runs, ...(p.embeds ? { embeds: p.embeds } : {}), ...(p.picture ? { picture: p.picture } : {}) });
        return;
      }
      case 'w:tc':
        if (t) t.cell = undefined;
        return;
      case 'w:tr':
        if (t?.row?.deleted) t.rows.pop();
        if (t) t.row = undefined;
        return;
      case 'w:tbl': {
        const done = tables.pop();
        if (!done) return;
        const table: DocBlock = { kind: 'tbl', rows: done.rows };
        const outer = current();
        if (outer) outer.cell?.blocks.push(table);
        else for (const b of unframed(table)) blocks.push(b);
        return;
      }
    }
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(xml);
  return blocks;
}
