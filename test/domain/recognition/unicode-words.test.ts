/**
 * Names of other peoples typed in Unicode (Khmer names of the Mekong Delta: "Neáng", "Sóc", "Néang") look like VNI
 * codes word by word. A word the same column writes beside a letter no legacy font has is Unicode: cells made only of
 * such words are left as typed, while text pasted from a VNI document is still decoded.
 */
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { encodeLegacy } from '../../../src/domain/text';

function grid(column: (string | Cell)[], other: string[] = []): SheetGrid {
  const rows = column.map((v, i) => [
    typeof v === 'string' ? ({ t: 's', v } as Cell) : v,
    ...(other[i] !== undefined ? [{ t: 's', v: other[i] } as Cell] : []),
  ]);
  return { name: 'DS', rows, merges: [] };
}

const texts = (g: SheetGrid, c = 1) => {
  const view = viewSheet(g);
  return g.rows.map((_, i) => view.text(i + 1, c));
};

describe('Unicode words that look like legacy codes', () => {
  const khmerColumns: string[][] = [
    ['Neáng Sa Ri', 'Kim Neáng', 'Thạch Thị Neáng', 'Lý Thị Sóc Neáng'],
    ['NEÁNG SA RI', 'Thạch Thị Neáng'],
    ['Néang Sóc', 'Danh Thị Néang', 'Kim Thị Sóc Khá'],
    ['Sóc Neáng', 'Chau Sóc', 'Neáng Sóc Thạch', 'Trần Thị Sóc', 'Thạch Neáng Đa'],
  ];
  it.each(khmerColumns.map((c) => [c.join(' / '), c]))('leaves %s as typed', (_, column) => {
    expect(texts(grid(column))).toEqual(column);
  });

  it('still decodes names pasted from a VNI document among Unicode names', () => {
    const vni = ['Nguyễn Văn Hoà', 'Lê Thị Mai', 'Trần Đức Thắng'].map((n) => encodeLegacy(n, 'vni'));
    const column = [...vni, 'Phạm Thị Lan', 'Hoàng Văn Nam'];
    expect(texts(grid(column))).toEqual(['Nguyễn Văn Hoà', 'Lê Thị Mai', 'Trần Đức Thắng', 'Phạm Thị Lan', 'Hoàng Văn Nam']);
  });

  it('decodes a cell that holds a legacy word no Unicode cell writes, whatever its known words', () => {
    const column = [encodeLegacy('Lê Thị Nếng', 'vni'), 'Thạch Thị Neáng', encodeLegacy('Trần Văn Sơn', 'vni')];
    expect(texts(grid(column))).toEqual(['Lê Thị Nếng', 'Thạch Thị Neáng', 'Trần Văn Sơn']);
  });

  it('takes the words of the same column only: another column writing them proves nothing here', () => {
    const column = ['Neáng Sa Ri', 'Kim Neáng', encodeLegacy('Nguyễn Văn Hoà', 'vni')];
    const beside = ['Thạch Thị Neáng', 'Thạch Thị Neáng', 'Thạch Thị Neáng'];
    expect(texts(grid(column, beside))).toEqual(['Nếng Sa Ri', 'Kim Nếng', 'Nguyễn Văn Hoà']);
  });

  it('lets a VNI font decide whatever the column writes elsewhere', () => {
    const column: (string | Cell)[] = [{ t: 's', v: 'Kim Neáng', font: 'VNI-Times' }, 'Thạch Thị Neáng'];
    expect(texts(grid(column))).toEqual(['Kim Nếng', 'Thạch Thị Neáng']);
  });
});
