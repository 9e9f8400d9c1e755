/**
 * The ceremony list laid out as a sheet (Hướng dẫn 36-HD/VPTW): heading blocks, title, description, the
 * decision it is attached to, the eight-column table grouped "I. TẬP THỂ" / "II. CÁ NHÂN", the total, "Nơi nhận"
 * and the signature block; A4 landscape at 100 %, the header row repeated, page numbers in the footer.
 */
import { CellModel, CellStyle, fitRowHeights, lineHeight, SheetModel, textCell, Wrap } from '../sheet-model';
import type { CeremonyDocument } from './ceremony-document';

const FONT = 'Times New Roman';
const font = (size: number, extra: Partial<NonNullable<CellStyle['font']>> = {}): CellStyle['font'] => ({ name: FONT, size, ...extra });
const BOX: CellStyle['border'] = ['top', 'bottom', 'left', 'right'];
const BODY_SIZE = 12;

export const CEREMONY_HEADER_ROW = 9;

/**
 * Lines of 12 pt text one row of the list may hold: Excel refuses a row taller than 409 pt and never breaks a row
 * across pages, so a longer text (a summary pasted from a report) would be cut when printed. 26 lines (393 pt) fit
 * one page under the repeated header row.
 */
const MAX_ROW_LINES = 26;

/**
 * A cell's text in parts of at most MAX_ROW_LINES lines each at this width, cut between words (a word longer than
 * a line, where it overflows): the entry goes on in the rows below, so that the whole text is printed.
 */
export function rowParts(text: string, width: number, size = BODY_SIZE): string[] {
  const wrap = new Wrap(width, size);
  const fits = (t: string) => wrap.lines(wrap.feed(wrap.start, t)) <= MAX_ROW_LINES;
  if (fits(text)) return [text];
  const parts: string[] = [];
  // Words with what follows them (a space or a line break), so that a part ends where the text did.
  const words = (text.match(/[^ \n]+[ \n]*|[ \n]+/g) ?? []).flatMap((w) => (fits(w) ? [w] : pieces(w, fits)));
  // The part grows word by word: its wrapping is carried on (`at`), not measured again from its start for each word.
  let part = '';
  let at = wrap.start;
  let trimmedLines = wrap.lines(at);
  for (const w of words) {
    // Lines of (part + w).trimEnd(): the part with the word up to its trailing blanks, or the part itself after only blanks.
    const kept = w.trimEnd();
    const word = kept ? wrap.feed(at, kept) : at;
    const lines = kept ? wrap.lines(word) : trimmedLines;
    if (part && lines > MAX_ROW_LINES) {
      parts.push(part.trimEnd());
      part = w;
      at = wrap.feed(wrap.start, w);
      trimmedLines = wrap.lines(wrap.feed(wrap.start, kept));
    } else {
      part += w;
      at = wrap.feed(word, w.slice(kept.length));
      trimmedLines = lines;
    }
  }
  if (part.trim()) parts.push(part.trimEnd());
  return parts;
}

/** A word too long for one row by itself (a pasted link, a run of dots), cut where a row is full. */
function pieces(word: string, fits: (t: string) => boolean): string[] {
  const out: string[] = [];
  let rest = word;
  while (!fits(rest)) {
    let n = rest.length;
    while (n > 1 && !fits(rest.slice(0, n))) n = Math.floor(n * 0.9);
    out.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return [...out, rest];
}

/** The entries the sheet prints on several rows, for the notice that says so: its STT, name and rows. */
export function splitEntries(doc: CeremonyDocument): { group: string; stt: string; name: string; rows: number }[] {
  const out: { group: string; stt: string; name: string; rows: number }[] = [];
  for (const g of doc.groups)
    for (const r of g.rows) {
      const rows = Math.max(...r.map((v, i) => (typeof v === 'string' ? rowParts(v, doc.widths[i] ?? 10).length : 1)));
      if (rows > 1) out.push({ group: g.label, stt: String(r[0] ?? ''), name: String(r[1] ?? ''), rows });
    }
  return out;
}
/** Empty lines left for the signature: about 25 mm. */
const SIGNING_LINES = 4;

export function documentSheet(doc: CeremonyDocument, name: string): SheetModel {
  const cols = doc.columns.length;
  const cells: CellModel[] = [];
  const merges: SheetModel['merges'] = [];
  const heights: Record<number, number> = {};
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });
  const text = (row: number, col: number, value: string, style: CellStyle) => cells.push(textCell(row, col, value, style));
  const line = (row: number, left: number, right: number, value: string, style: CellStyle) => {
    text(row, left, value, style);
    if (right > left) merge(row, left, row, right);
  };
  // Left heading block over the first four columns, right block over the next three (the middle one is the
  // widest, and only it carries the rule under the Party's name, so the rule is about as long as the name).
  const left = { from: 1, to: 4 };
  const right = { from: 5, to: 7, rule: 6 };

  line(1, left.from, left.to, doc.superiorBody, { font: font(13), horizontal: 'center', vertical: 'middle', wrap: true });
  line(2, left.from, left.to, doc.issuingBody, { font: font(13, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true });
  line(3, left.from, left.to, '*', { font: font(13), horizontal: 'center' });
  // Unmerged and centred: the name spills evenly over its empty neighbours while the border stays one column long.
  text(1, right.rule, doc.party, { font: font(14, { bold: true }), horizontal: 'center', vertical: 'middle', border: ['bottom'] });
  line(2, right.from, right.to, doc.dateLine, { font: font(13, { italic: true }), horizontal: 'center', vertical: 'bottom' });
  heights[2] = 24;

  line(5, 1, cols, doc.title, { font: font(14, { bold: true }), horizontal: 'center', vertical: 'middle' });
  line(6, 1, cols, doc.description, { font: font(13, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true });
  if (doc.decision) line(7, 1, cols, doc.decision, { font: font(13, { italic: true }), horizontal: 'center', vertical: 'top', wrap: true });

  const head: CellStyle = { font: font(BODY_SIZE, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true, border: BOX };
  doc.columns.forEach((c, i) => text(CEREMONY_HEADER_ROW, i + 1, c, head));

  let row = CEREMONY_HEADER_ROW + 1;
  const body = (h: CellStyle['horizontal'] = 'left'): CellStyle => ({ font: font(BODY_SIZE), horizontal: h, vertical: 'top', wrap: true, border: BOX });
  const centred = new Set([0, 2]);
  const groupRows = new Set<number>();
  for (const g of doc.groups) {
    groupRows.add(row);
    text(row, 1, g.label, { font: font(BODY_SIZE, { bold: true }), horizontal: 'left', vertical: 'middle', border: BOX });
    for (let c = 2; c <= cols; c++) text(row, c, '', { border: BOX });
    merge(row, 1, row, cols);
    row++;
    for (const r of g.rows) {
      // An entry too tall for one row goes on in the rows below, bordered as one cell per column.
      const parts = r.map((v, i) => (typeof v === 'string' ? rowParts(v, doc.widths[i] ?? 10) : [v]));
      const n = Math.max(...parts.map((p) => p.length));
      for (let k = 0; k < n; k++) {
        const border: CellStyle['border'] = n === 1 ? BOX : ['left', 'right', ...(k === 0 ? (['top'] as const) : []), ...(k === n - 1 ? (['bottom'] as const) : [])];
        parts.forEach((p, i) => {
          const v = p[k] ?? '';
          const style = { ...body(centred.has(i) ? 'center' : 'left'), border };
          if (typeof v === 'number') cells.push({ row, col: i + 1, value: v, style });
          else text(row, i + 1, v, style);
        });
        row++;
      }
    }
  }
  const bodyEnd = row - 1;

  row++;
  line(row, 1, 5, doc.total, { font: font(13, { bold: true }), vertical: 'middle' });

  // Signature block: recipients on the left, the signer on the right with room to sign above the name. One row,
  // so that a page never ends inside it.
  row += 2;
  const sig = row;
  const recipients = [doc.recipientsLabel, ...doc.recipients].join('\n');
  cells.push({
    ...textCell(sig, 1, recipients, { font: font(BODY_SIZE), vertical: 'top', wrap: true }),
    runs: [
      { text: doc.recipientsLabel, font: font(BODY_SIZE, { bold: true, italic: true, underline: true }) },
      { text: ['', ...doc.recipients].join('\n'), font: font(BODY_SIZE) },
    ],
  });
  merge(sig, 1, sig, 4);
  const signer = [...(doc.authority ? [doc.authority] : []), doc.signerTitle, ...Array<string>(SIGNING_LINES).fill(''), doc.signerName];
  line(sig, right.from, right.to, signer.join('\n'), { font: font(13, { bold: true }), horizontal: 'center', vertical: 'top', wrap: true });

  const model: SheetModel = {
    name,
    widths: [...doc.widths],
    rowHeights: heights,
    cells,
    merges,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: false,
      margins: { ...doc.margins },
      repeatRows: { from: CEREMONY_HEADER_ROW, to: CEREMONY_HEADER_ROW },
      footer: doc.footer,
    },
  };
  const fitted = [...Array.from({ length: bodyEnd }, (_, i) => i + 1), sig];
  Object.assign(heights, fitRowHeights(model, fitted, BODY_SIZE));
  // Every row gets a height, so that where pages end can be worked out here (and is the same in every program).
  const sizes = new Map<number, number>();
  for (const c of cells) sizes.set(c.row, Math.max(sizes.get(c.row) ?? 0, c.style?.font?.size ?? BODY_SIZE));
  for (let r = 1; r <= sig; r++) heights[r] ??= lineHeight(1, sizes.get(r) ?? BODY_SIZE);
  const breaks = pageBreaks(heights, groupRows, { from: bodyEnd, to: sig }, doc.margins);
  if (breaks.length && model.page) model.page.breaksBefore = breaks;
  return model;
}

/**
 * Rows that must begin a new page, worked out from the rows' heights on A4 between the margins: a group row
 * ("II. CÁ NHÂN") never ends a page, and the last entry goes over with the total and the signature block rather
 * than leave them alone on the last page. A little slack allows for a program that fits slightly less on a page.
 */
export function pageBreaks(
  heights: Record<number, number>,
  keepWithNext: ReadonlySet<number>,
  end: { from: number; to: number },
  margins: CeremonyDocument['margins'],
): number[] {
  const page = ((210 - margins.top - margins.bottom) * 72) / 25.4;
  const slack = 24;
  const header = heights[CEREMONY_HEADER_ROW] ?? 0;
  const top = (r: number) => (r > CEREMONY_HEADER_ROW ? header : 0);
  const breaks: number[] = [];
  let endHeight = 0;
  for (let r = end.from; r <= end.to; r++) endHeight += heights[r] ?? 0;
  let y = 0;
  for (let r = 1; r <= end.to; r++) {
    const h = heights[r] ?? 0;
    const kept = r > CEREMONY_HEADER_ROW + 1 && (keepWithNext.has(r) || r === end.from);
    const need = r === end.from ? endHeight : keepWithNext.has(r) ? h + (heights[r + 1] ?? 0) : h;
    if (y > top(r) && y + h > page) y = top(r);
    else if (kept && y > top(r) && y + need > page - slack) {
      breaks.push(r);
      y = top(r);
    }
    y += h;
  }
  return breaks;
}
