/**
 * Grids compared as the engine sees them: a font matters only where it names a legacy encoding and the text could
 * be legacy-encoded (the Office adapter asks fonts only for such cells); rich-text runs are not compared.
 */
import type { Cell, WorkbookGrid } from '../../src/domain/grid';
import { encodingOfFont, mayBeLegacy } from '../../src/domain/text';

function cellView(c: Cell | null | undefined): Cell | null {
  if (!c) return null;
  if (c.t === 's' || c.t === 'n') {
    const { font, ...rest } = c as Cell & { font?: string; runs?: unknown };
    delete (rest as { runs?: unknown }).runs;
    return (encodingOfFont(font) && c.t === 's' && mayBeLegacy(c.v) ? { ...rest, font } : rest) as Cell;
  }
  return c;
}

export function comparable(grid: WorkbookGrid): unknown {
  return {
    date1904: grid.date1904,
    sheets: grid.sheets.map((s) => {
      const rows = s.rows.map((row) => {
        const out = Array.from({ length: row?.length ?? 0 }, (_, i) => cellView(row?.[i]));
        while (out.length && out[out.length - 1] === null) out.pop();
        return out;
      });
      while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
      return { name: s.name, rows, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left), hiddenColumns: s.hiddenColumns ?? [], hiddenRows: s.hiddenRows ?? [], hidden: s.hidden ?? false };
    }),
  };
}
