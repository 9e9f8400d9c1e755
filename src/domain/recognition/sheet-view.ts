/**
 * A sheet as recognition reads it: merged ranges give their value to every cell they cover, legacy-encoded text is
 * decoded (by font, else by the column's evidence), and every text is cleaned.
 */
import { formatDate } from '../dates';
import type { Cell, Merge, SheetGrid } from '../grid';
import { cleanText, decodeByFont, decodingImproves, evidenceDecoder, hasInvisible, LegacyEncoding, mayBeLegacy, mayHoldTcvn3Words, onlyUnicodeWords, unicodeWordsFor } from '../text';
import { mayNeedCleaning } from '../text/clean';
import { decodeLegacy, encodingOfFont } from '../text/legacy';
import { UNICODE_ONLY } from '../text/letters';

export interface Conversion {
  row: number;
  col: number;
  encoding: LegacyEncoding;
  before: string;
  after: string;
}

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** The cell at (r, c), or the top-left cell of the merged range covering it. */
  cell(r: number, c: number): Cell | undefined;
  /** The merged range covering (r, c), if any. */
  mergeAt(r: number, c: number): Merge | undefined;
  /** Clean, decoded text of the cell ("" for empty cells and error values). */
  text(r: number, c: number): string;
  /**
   * The cell's text line by line (in-cell line breaks kept apart), each line cleaned, empty lines left out.
   * Optional for views made elsewhere: without it a cell is one line (its text).
   */
  lines?(r: number, c: number): string[];
  /** True when cleaning removed invisible or bidi control characters from the cell's text. */
  hadInvisible(r: number, c: number): boolean;
  /** True when the workbook hides the column (as far as its reader could tell). */
  hiddenColumn?(c: number): boolean;
  /** True when the sheet hides the row (not by a filter), as far as its reader could tell. */
  hiddenRow?(r: number): boolean;
  conversions: Conversion[];
}

/** `tidy`: the cell was seen to need no cleaning and was not decoded, so a text is its value. */
function cellToText(cell: Cell | undefined | null, tidy: boolean, decoded?: string): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return tidy ? cell.v : cleanText(decoded ?? cell.v);
    case 'n':
      return Number.isInteger(cell.v) ? String(cell.v) : String(Math.round(cell.v * 1e9) / 1e9);
    case 'd':
      return formatDate(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
  }
}

const key = (r: number, c: number) => r * 20000 + c;
const LATIN1 = /[\u00A0-\u00FF]/;
/** A column's bit in a row's mask of untidy cells; columns from the 32nd on share the last bit. */
const bit = (c: number) => (c < 32 ? 1 << (c - 1) : 1 << 31);

/** Untidy cells whose cleaned text a view keeps (≈ 10 MB). */
const MAX_KEPT = 100_000;

const LINE_BREAK = /[\n\r\v\u2028\u2029]/;
const LINE_BREAK_GLOBAL = /\r\n|[\n\r\v\u2028\u2029]/g;

/** A cell decoded run by run; `unicode`: a run in a legacy font holds Unicode (and is left as it is). */
function decodeRuns(cell: Extract<Cell, { t: 's' }>): { text: string; encoding?: LegacyEncoding; unicode: boolean } | undefined {
  if (!cell.runs?.some((run) => encodingOfFont(run.font))) return undefined;
  let encoding: LegacyEncoding | undefined;
  let unicode = false;
  const text = cell.runs
    .map((run) => {
      const enc = encodingOfFont(run.font);
      if (!enc) return run.text;
      if (UNICODE_ONLY.test(run.text)) {
        unicode = true;
        return run.text;
      }
      encoding ??= enc;
      return decodeLegacy(run.text, enc);
    })
    .join('');
  return text === cell.v ? (unicode ? { text, unicode } : undefined) : { text, encoding, unicode };
}

function* columnTexts(sheet: SheetGrid, c: number): Iterable<string> {
  for (const row of sheet.rows) {
    const cl = row?.[c - 1];
    if (cl?.t === 's') yield cl.v;
  }
}

export function viewSheet(sheet: SheetGrid): SheetView {
  const rowCount = sheet.rows.length;
  let colCount = 0;
  for (const row of sheet.rows) if (row && row.length > colCount) colCount = row.length;

  const mergesByRow = new Map<number, Merge[]>();
  for (const m of sheet.merges) {
    if (m.top > rowCount) continue;
    for (let r = m.top; r <= Math.min(m.bottom, rowCount); r++) {
      const list = mergesByRow.get(r);
      if (list) list.push(m);
      else mergesByRow.set(r, [m]);
    }
  }
  const mergeAt = (r: number, c: number): Merge | undefined =>
    mergesByRow.get(r)?.find((m) => c >= m.left && c <= m.right);
  const raw = (r: number, c: number): Cell | undefined => sheet.rows[r - 1]?.[c - 1] ?? undefined;
  const cell = (r: number, c: number): Cell | undefined => {
    const m = mergesByRow.size ? mergeAt(r, c) : undefined;
    return m ? raw(m.top, m.left) : raw(r, c);
  };

  // Legacy text: the font decides where it speaks; elsewhere the column's evidence does.
  const decoded = new Map<number, string>();
  const conversions: Conversion[] = [];
  // Per column, the rows and texts that may be legacy-encoded (side by side: a column may hold thousands).
  const suspects = new Map<number, { rows: number[]; texts: string[] }>();
  // A sheet uses a font or two throughout: the last one's encoding is kept rather than looked up for every cell.
  let lastFont: string | undefined;
  let lastEncoding: LegacyEncoding | undefined;
  // Cells in a legacy font that hold Unicode (letters no legacy font has).
  let unicodeInFont = 0;
  // Per row, the cells whose text cleaning may change, or that were decoded (4 bytes a row). Any other cell's text is
  // its value as it is: one look per cell here rather than a cleaning per ask (most cells; 2.2M asks per 100k rows).
  const untidy = new Uint32Array(rowCount + 1);
  const markUntidy = (r: number, c: number) => {
    untidy[r] = (untidy[r] ?? 0) | bit(c);
  };
  const isUntidy = (r: number, c: number) => ((untidy[r] ?? 0) & bit(c)) !== 0;
  // A column repeats its texts row after row (a third of the cells hold their column's previous text): what was
  // found of the previous text is kept per column, the legacy test only once it is needed.
  const prevText = new Array<string | undefined>(colCount).fill(undefined);
  const prevUntidy = new Array<boolean>(colCount).fill(false);
  const prevSuspect = new Array<boolean | undefined>(colCount).fill(undefined);
  const prevMixed = new Array<boolean | undefined>(colCount).fill(undefined);
  // Unicode cells holding words typed in TCVN3, decoded word by word once the loop is done.
  const mixed: { r: number; c: number; text: string; inTcvn3Font: boolean }[] = [];
  // Cells in a legacy font holding Unicode and Latin-1 letters: legacy words beside Unicode ones, decoded word by word
  // where the font is proof.
  const mixedInFont: { r: number; c: number; text: string; enc: LegacyEncoding }[] = [];
  for (let ri = 0; ri < rowCount; ri++) {
    const row = sheet.rows[ri];
    if (!row) continue;
    for (let ci = 0; ci < row.length; ci++) {
      const cl = row[ci];
      if (!cl || cl.t !== 's') continue;
      const r = ri + 1;
      const c = ci + 1;
      if (prevText[ci] !== cl.v) {
        prevText[ci] = cl.v;
        prevUntidy[ci] = mayNeedCleaning(cl.v);
        prevSuspect[ci] = undefined;
        prevMixed[ci] = undefined;
      }
      if (prevUntidy[ci]) markUntidy(r, c);
      if (cl.font !== lastFont) {
        lastFont = cl.font;
        lastEncoding = encodingOfFont(cl.font);
      }
      const fontEncoding = lastEncoding;
      const runs = decodeRuns(cl);
      const byFont = runs ?? (fontEncoding ? decodeByFont(cl.v, cl.font) : undefined);
      if (runs?.unicode || (fontEncoding && !runs && UNICODE_ONLY.test(cl.v))) unicodeInFont++;
      if (byFont?.encoding) {
        decoded.set(key(r, c), byFont.text);
        markUntidy(r, c);
        conversions.push({ row: r, col: c, encoding: byFont.encoding, before: cl.v, after: byFont.text });
      } else if (!fontEncoding && (prevSuspect[ci] ??= mayBeLegacy(cl.v))) {
        const list = suspects.get(c);
        if (list) {
          list.rows.push(r);
          list.texts.push(cl.v);
        } else suspects.set(c, { rows: [r], texts: [cl.v] });
      } else if (!byFont && (prevMixed[ci] ??= mayHoldTcvn3Words(cl.v))) mixed.push({ r, c, text: cl.v, inTcvn3Font: !runs && fontEncoding !== undefined && fontEncoding !== 'vni' });
      else if ((fontEncoding || runs?.unicode) && !byFont?.encoding && LATIN1.test(cl.v) && UNICODE_ONLY.test(cl.v)) {
        const enc = fontEncoding ?? cl.runs?.map((run) => encodingOfFont(run.font)).find((e) => e !== undefined);
        if (enc) mixedInFont.push({ r, c, text: cl.v, enc });
      }
    }
  }
  // Unicode typed in a legacy font (the sheet's template formats its cells ".VnTime", the machine lacked the font):
  // where it holds more such cells than cells that decoding clearly makes Vietnamese, the font is no proof, and its
  // cells are decoded only where that makes them more Vietnamese. A legacy list with a cell or two typed in Unicode
  // is decoded as its font says.
  let fontIsProof = true;
  if (unicodeInFont > 0) {
    const improving = conversions.filter((x) => decodingImproves(x.before, x.after));
    fontIsProof = unicodeInFont <= improving.length;
    if (!fontIsProof) {
      const kept = new Set(improving);
      for (const x of conversions) if (!kept.has(x)) decoded.delete(key(x.row, x.col));
      conversions.length = 0;
      for (const x of improving) conversions.push(x);
    }
  }
  const evidence = suspects.size || mixed.length || mixedInFont.length ? evidenceDecoder() : undefined;
  for (const { r, c, text, inTcvn3Font } of mixed) {
    const d = evidence?.decodeTcvn3Words(text, inTcvn3Font);
    if (!d?.encoding) continue;
    decoded.set(key(r, c), d.text);
    markUntidy(r, c);
    conversions.push({ row: r, col: c, encoding: d.encoding, before: text, after: d.text });
  }
  for (const { r, c, text, enc } of fontIsProof ? mixedInFont : []) {
    const d = evidence?.decodeLegacyWords(text, enc);
    if (!d?.encoding) continue;
    decoded.set(key(r, c), d.text);
    markUntidy(r, c);
    conversions.push({ row: r, col: c, encoding: d.encoding, before: text, after: d.text });
  }
  // Per row, the legacy family its cells were decoded from by evidence: the prior for its cells that decode no worse
  // but no better either, their codes all being letters («Vâ Tó» for Võ Tú, «An Phó» for An Phú).
  const rowFamily = new Map<number, LegacyEncoding | null>();
  const undecided: { r: number; c: number; text: string }[] = [];
  const columnEnc = new Map<number, LegacyEncoding | undefined>();
  const firstDecoded = new Map<number, number>();
  for (const [c, { rows, texts }] of suspects) {
    const enc = evidence?.columnEncoding(texts);
    columnEnc.set(c, enc);
    if (!enc) continue;
    const unicodeWords = unicodeWordsFor(texts, () => columnTexts(sheet, c));
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number;
      const text = texts[i] as string;
      if (onlyUnicodeWords(text, unicodeWords)) continue;
      const d = evidence?.decodeByEvidence(text, enc);
      if (!d?.encoding) {
        undecided.push({ r, c, text });
        continue;
      }
      decoded.set(key(r, c), d.text);
      markUntidy(r, c);
      conversions.push({ row: r, col: c, encoding: d.encoding, before: text, after: d.text });
      if (!firstDecoded.has(c)) firstDecoded.set(c, r);
      const family = d.encoding === 'vni' ? 'vni' : 'tcvn3';
      const known = rowFamily.get(r);
      rowFamily.set(r, known === undefined || known === family ? family : null);
    }
  }
  if (rowFamily.size) {
    // Columns without a decision of their own (a profile sheet's values, a lone name): only their cells in such rows.
    for (const [c, { rows, texts }] of suspects) {
      if (columnEnc.get(c)) continue;
      let unicodeWords: ReadonlySet<string> | undefined;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as number;
        const text = texts[i] as string;
        if (!rowFamily.get(r)) continue;
        unicodeWords ??= unicodeWordsFor(texts, () => columnTexts(sheet, c));
        if (!onlyUnicodeWords(text, unicodeWords)) undecided.push({ r, c, text });
      }
    }
  }
  // A column decided legacy where no cell shows a Unicode keyboard (a names-only list): its own decision is the prior,
  // below its first decoded cell (a header above may be the new template's, in Unicode: «Khóa»).
  const allLegacy = new Map<number, boolean>();
  const columnAllLegacy = (c: number): boolean => {
    let all = allLegacy.get(c);
    if (all === undefined) {
      all = true;
      for (const t of columnTexts(sheet, c)) if (UNICODE_ONLY.test(t)) all = false;
      allLegacy.set(c, all);
    }
    return all;
  };
  // A row holding a cell typed in Unicode (a letter no legacy font has) was typed, not pasted whole from a legacy
  // document: only its pasted cells are legacy (trial21b #4: «Lª V¨n §øc» beside «Nông dân», «Thành tích …»). In a
  // column with no legacy cell, its cells are then decoded only where that makes them more Vietnamese.
  const typedRows = new Map<number, boolean>();
  const typedInUnicode = (r: number): boolean => {
    let typed = typedRows.get(r);
    if (typed === undefined) {
      typed = (sheet.rows[r - 1] ?? []).some((cl, ci) => cl?.t === 's' && UNICODE_ONLY.test(cl.v) && !decoded.has(key(r, ci + 1)));
      typedRows.set(r, typed);
    }
    return typed;
  };
  // Per column, the texts known to be Unicode as they stand: a suspect's in a row of no legacy cell, decoded or still
  // to be weighed (read as typed there, so in any row), and what the column's legacy cells decode to («Nông dân» from
  // «N«ng d©n»).
  const asTyped = new Map<number, Set<string>>();
  const legacyColumns = new Set<number>();
  if (undecided.length) {
    const legacyRows = new Set([...conversions.map((x) => x.row), ...undecided.map((x) => x.r)]);
    for (const [col, { rows, texts }] of suspects) asTyped.set(col, new Set(texts.filter((_, i) => !legacyRows.has(rows[i] as number))));
    for (const x of conversions) {
      legacyColumns.add(x.col);
      asTyped.get(x.col)?.add(x.after);
    }
  }
  const readAsTyped = (c: number, text: string): boolean => asTyped.get(c)?.has(text) ?? false;
  for (const { r, c, text } of undecided) {
    const enc = columnEnc.get(c);
    const family = rowFamily.get(r) ?? (rowFamily.has(r) || !enc || r < (firstDecoded.get(c) ?? Infinity) || !columnAllLegacy(c) ? undefined : enc);
    // A column decided for the other family, or a row of both, is no prior.
    if (!family || (enc && (enc === 'vni') !== (family === 'vni')) || readAsTyped(c, text)) continue;
    const d = evidence?.decodeByPrior(text, family, !legacyColumns.has(c) && typedInUnicode(r));
    if (!d?.encoding) continue;
    decoded.set(key(r, c), d.text);
    markUntidy(r, c);
    conversions.push({ row: r, col: c, encoding: d.encoding, before: text, after: d.text });
  }
  // A column decided legacy: its cells holding Unicode too (a name retyped later) have their legacy words decoded.
  for (const [c, enc] of columnEnc) {
    if (!enc) continue;
    for (let ri = 0; ri < rowCount; ri++) {
      const cl = sheet.rows[ri]?.[c - 1];
      const r = ri + 1;
      if (cl?.t !== 's' || !LATIN1.test(cl.v) || !UNICODE_ONLY.test(cl.v) || decoded.has(key(r, c)) || encodingOfFont(cl.font) || cl.runs?.some((run) => encodingOfFont(run.font))) continue;
      const d = evidence?.decodeLegacyWords(cl.v, enc, true);
      if (!d?.encoding) continue;
      decoded.set(key(r, c), d.text);
      markUntidy(r, c);
      conversions.push({ row: r, col: c, encoding: d.encoding, before: cl.v, after: d.text });
    }
  }
  conversions.sort((a, b) => a.row - b.row || a.col - b.col);

  // Untidy texts are cleaned once and kept, up to a bound: a check asks of each cell in recognition and again in
  // reading, and cleaning them (NFC above all) costs more than a look-up. Were every cell untidy, keeping them all
  // would hold a second copy of the sheet through the whole check.
  const kept = new Map<number, string>();
  const cellText = (r: number, c: number): string => {
    if (!isUntidy(r, c)) return cellToText(raw(r, c), true);
    const k = key(r, c);
    let t = kept.get(k);
    if (t === undefined) {
      t = cellToText(raw(r, c), false, decoded.size ? decoded.get(k) : undefined);
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(k, t);
    }
    return t;
  };
  const text = (r: number, c: number): string => {
    const m = mergesByRow.size ? mergeAt(r, c) : undefined;
    return m ? cellText(m.top, m.left) : cellText(r, c);
  };

  const hadInvisible = (r: number, c: number): boolean => {
    const cl = raw(r, c);
    if (cl?.t !== 's' || !isUntidy(r, c)) return false;
    const before = (decoded.size ? decoded.get(key(r, c)) : undefined) ?? cl.v;
    // Cleaning removes every invisible character: a text it left as it was has none (most cells, not searched).
    return cellText(r, c) !== before && hasInvisible(before);
  };

  const lines = (r: number, c: number): string[] => {
    const m = mergesByRow.size ? mergeAt(r, c) : undefined;
    return m ? cellLines(m.top, m.left) : cellLines(r, c);
  };
  // A tidy text holds no line break.
  const cellLines = (r: number, c: number): string[] => {
    const cl = raw(r, c);
    const source = cl?.t === 's' && isUntidy(r, c) ? ((decoded.size ? decoded.get(key(r, c)) : undefined) ?? cl.v) : '';
    if (!LINE_BREAK.test(source)) {
      const t = cellText(r, c);
      return t ? [t] : [];
    }
    return source.split(LINE_BREAK_GLOBAL).map(cleanText).filter(Boolean);
  };

  const hidden = new Set(sheet.hiddenColumns);
  const hiddenColumn = (c: number) => hidden.has(c);
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenRow = (r: number) => hiddenRows.has(r);
  return { name: sheet.name, rowCount, colCount, cell, mergeAt, text, lines, hadInvisible, hiddenColumn, hiddenRow, conversions };
}
