/**
 * A table of three or four columns that only lays text out side by side: a letterhead or a signature block with an
 * empty spacer column between its blocks («ĐẢNG BỘ HUYỆN … | | ĐẢNG CỘNG SẢN VIỆT NAM»), or signers side by side
 * («NGƯỜI LẬP BIỂU | TRƯỞNG BAN … | An Bình, ngày … T/M ĐẢNG ỦY»). A list of that many columns has a header row whose
 * every cell is written and single-line cells under it; neither holds a letterhead's or a signature's words.
 */
import { asciiKey } from '../../domain/text';
import type { DocCell, DocRow } from './read-docx-body';

const MAX_SIDE_BY_SIDE = 4;

/** A letterhead's or a signature block's own words, at the start of a line (diacritics and case removed). */
const LAYOUT_LINE =
  /^(?:noi nhan|t m|tm|k t|kt|q |tl|tuq|nguoi lap|cong hoa xa hoi|dang cong san viet nam|doc lap tu do)\b|(?:^|\s)ngay\s+(?:\S+\s+)?thang\s|(?:^|\s)ngay\s+\d{1,2}\s+\d{1,2}\s+\d{4}\b/;

const lines = (c: DocCell) => c.paragraphs.map((p) => p.map((r) => r.text).join('').trim()).filter(Boolean);

/** Grid columns (1-based) that no row writes in. */
function blankColumns(rows: DocRow[]): number[] {
  const width = rows.reduce((w, r) => Math.max(w, r.before + r.cells.reduce((n, c) => n + c.span, 0)), -Infinity);
  const written = new Set<number>();
  for (const row of rows) {
    let col = 1 + row.before;
    for (const cell of row.cells) {
      if (lines(cell).length) for (let c = col; c < col + cell.span; c++) written.add(c);
      col += cell.span;
    }
  }
  const blank: number[] = [];
  for (let c = 1; c <= width; c++) if (!written.has(c)) blank.push(c);
  return blank;
}

/**
 * Whether a table whose rows have three or four cells is a layout, not a list (the caller has seen it is short and
 * has no numbered row): a column left blank throughout, or a letterhead's or signature's words
 * in a table whose written cells hold several lines each.
 */
export function isSideBySideLayout(rows: DocRow[]): boolean {
  if (rows.length === 0 || rows.some((r) => r.cells.length > MAX_SIDE_BY_SIDE)) return false;
  const cells = rows.flatMap((r) => r.cells).filter((c) => lines(c).length > 0);
  if (cells.length < 2) return false;
  // A spacer: a list's header row writes every column.
  if (blankColumns(rows).length > 0) return true;
  const layoutWords = cells.some((c) => lines(c).some((l) => LAYOUT_LINE.test(asciiKey(l))));
  return layoutWords && cells.every((c) => lines(c).length >= 2);
}
