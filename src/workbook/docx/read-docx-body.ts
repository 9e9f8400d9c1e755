/**
 * word/document.xml as blocks in reading order: body paragraphs and tables (rows of cells, with their grid spans and
 * vertical merges). Each text run keeps its font. A table inside a cell gives its text to that cell; a text box's
 * paragraphs are paragraphs where the box stands; the fallback copies of drawings (mc:Fallback) and deleted text are
 * not read.
 */
import { Parser } from 'saxen';
import { xmlAttribute, xmlText } from '../exceljs/xml-text';
import type { DocStyles } from './read-docx-styles';
import { fontOf } from './read-docx-fonts';

export interface DocRun {
  text: string;
  font?: string;
}

export type DocParagraph = DocRun[];

export interface DocCell {
  paragraphs: DocParagraph[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'restart' begins a vertical merge, 'continue' carries the cell above on. */
  vMerge?: 'restart' | 'continue';
}

export interface DocRow {
  /** Grid columns left empty before the first cell (w:gridBefore). */
  before: number;
  cells: DocCell[];
}

export type DocBlock = { kind: 'p'; runs: DocParagraph } | { kind: 'tbl'; rows: DocRow[] };

function attributes(attrs: () => Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs())) out[k] = xmlAttribute(v);
  return out;
}

const positive = (v: string | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : undefined;
};

export function readDocxBody(xml: string, styles: DocStyles): DocBlock[] {
  const blocks: DocBlock[] = [];
  const stack: string[] = [];
  const parent = () => stack[stack.length - 2];
  // Skipped subtrees (mc:Fallback, w:del) by depth: nothing inside is read.
  let skipAt = 0;
  let tblDepth = 0;
  let table: DocRow[] | undefined;
  let row: DocRow | undefined;
  let cell: DocCell | undefined;
  // Paragraphs may nest (a text box inside a run): each is kept until it closes.
  const paragraphs: { runs: DocParagraph; font?: string }[] = [];
  let runFont: string | undefined;
  let runStyleFont: string | undefined;

  const paragraph = () => paragraphs[paragraphs.length - 1];
  const addText = (text: string) => {
    const p = paragraph();
    if (!p || !text) return;
    const font = runFont ?? runStyleFont ?? p.font ?? styles.defaultFont;
    const last = p.runs[p.runs.length - 1];
    if (last && last.font === font) last.text += text;
    else p.runs.push(font ? { text, font } : { text });
  };

  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    stack.push(name);
    if (skipAt) return;
    switch (name) {
      case 'mc:Fallback':
      case 'w:del':
      case 'w:moveFrom':
        skipAt = stack.length;
        return;
      case 'w:tbl':
        tblDepth++;
        if (tblDepth === 1) table = [];
        return;
      case 'w:tr':
        if (tblDepth === 1) {
          row = { before: 0, cells: [] };
          table?.push(row);
        }
        return;
      case 'w:gridBefore':
        if (tblDepth === 1 && row && parent() === 'w:trPr') row.before = positive(attributes(attrs)['w:val']) ?? 0;
        return;
      case 'w:tc':
        if (tblDepth === 1 && row) {
          cell = { paragraphs: [], span: 1 };
          row.cells.push(cell);
        }
        return;
      case 'w:gridSpan':
        if (tblDepth === 1 && cell && parent() === 'w:tcPr') cell.span = positive(attributes(attrs)['w:val']) ?? 1;
        return;
      case 'w:vMerge':
        if (tblDepth === 1 && cell && parent() === 'w:tcPr') cell.vMerge = attributes(attrs)['w:val'] === 'restart' ? 'restart' : 'continue';
        return;
      case 'w:p':
        paragraphs.push({ runs: [] });
        return;
      case 'w:pStyle': {
        const p = paragraph();
        if (p && parent() === 'w:pPr') p.font = styles.fontOf(attributes(attrs)['w:val']);
        return;
      }
      case 'w:r':
        runFont = undefined;
        runStyleFont = undefined;
        return;
      case 'w:rStyle':
        if (parent() === 'w:rPr' && stack[stack.length - 3] === 'w:r') runStyleFont = styles.fontOf(attributes(attrs)['w:val']);
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
    if (!skipAt && stack[stack.length - 1] === 'w:t') addText(xmlText(raw));
  });
  parser.on('closeTag', (name) => {
    const depth = stack.length;
    stack.pop();
    if (skipAt) {
      if (depth === skipAt) skipAt = 0;
      return;
    }
    switch (name) {
      case 'w:p': {
        const p = paragraphs.pop();
        if (!p) return;
        if (cell && tblDepth > 0) cell.paragraphs.push(p.runs);
        else if (tblDepth === 0) blocks.push({ kind: 'p', runs: p.runs });
        return;
      }
      case 'w:tc':
        if (tblDepth === 1) cell = undefined;
        return;
      case 'w:tr':
        if (tblDepth === 1) row = undefined;
        return;
      case 'w:tbl':
        if (tblDepth === 1 && table) {
          blocks.push({ kind: 'tbl', rows: table });
          table = undefined;
        }
        tblDepth--;
        return;
    }
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(xml);
  return blocks;
}
