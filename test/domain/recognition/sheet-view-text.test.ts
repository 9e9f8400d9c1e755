/** The view's texts asked in any order: the current row's cleaned texts are kept, and never given for another row. */
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { cleanText, encodeLegacy, hasInvisible } from '../../../src/domain/text';

const TEXTS = ['Lê Thị Hạnh', ' Trần  Văn An ', 'Chi bộ\u200B Thôn 3', 'Ðoàn xã', 'Nguye\u0302\u0303n', '', 'Hội\nNông dân'];

function grid(rows: (string | number | null)[][]): SheetGrid {
  const cell = (v: string | number | null): Cell | null =>
    v === null ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
  return { name: 'S', rows: rows.map((r) => r.map(cell)), merges: [] };
}

describe('sheet view texts', () => {
  const value = fc.oneof(fc.constantFrom(...TEXTS), fc.integer({ min: 0, max: 99 }), fc.constant(null));
  const rows = fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });

  it('cleans', () => {
    const view = viewSheet(grid([[' Trần  Văn An ', 'Chi bộ\u200B Thôn 3', 7], ['Nguye\u0302\u0303n', null, 'Lê Thị Hạnh']]));
    expect([view.text(1, 1), view.text(2, 1), view.text(1, 2), view.text(2, 3), view.text(1, 3), view.text(2, 2)]).toEqual(
      [cleanText(' Trần  Văn An '), 'Nguyễn', 'Chi bộ Thôn 3', 'Lê Thị Hạnh', '7', ''],
    );
    expect(view.hadInvisible(1, 2)).toBe(true);
    expect(view.hadInvisible(1, 1)).toBe(false);
  });

  it('each ask gives what a fresh view gives, whatever was asked before', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.tuple(fc.nat(6), fc.nat(5)), { minLength: 1, maxLength: 40 }), (data, asks) => {
        const view = viewSheet(grid(data));
        for (const [r0, c0] of asks) {
          const r = r0 + 1;
          const c = c0 + 1;
          // A fresh view, asked nothing before, is the reference.
          expect(view.text(r, c)).toBe(viewSheet(grid(data)).text(r, c));
        }
      }),
    );
  });

  it('rows that need no cleaning and rows that do give what cleaning each cell gives', () => {
    // A row of clean texts is read as it is; a row with one untidy text anywhere is cleaned cell by cell.
    const expected = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : cleanText(v));
    // Texts no legacy encoding is suspected in (the column's evidence could decode "Ðoàn xã"), tidy and untidy.
    const unicode = ['Lê Thị Hạnh', ' Trần  Văn An ', 'Chi bộ\u200B Thôn 3', 'Ðảng bộ', 'Nguye\u0302\u0303n', '', 'Hội\nNông dân', 'Hội \r\n Nông dân\u2028'];
    const data = fc.array(
      fc.array(fc.oneof(fc.constantFrom(...unicode), fc.integer({ min: 0, max: 99 }), fc.constant(null)), { minLength: 1, maxLength: 4 }),
      { minLength: 1, maxLength: 5 },
    );
    const lineTexts = (v: string | number | null) =>
      v === null ? [] : typeof v === 'number' ? [String(v)] : v.split(/\r\n|[\n\r\v\u2028\u2029]/).map(cleanText).filter(Boolean);
    fc.assert(
      fc.property(data, (cells) => {
        const view = viewSheet(grid(cells));
        cells.forEach((row, i) =>
          row.forEach((v, j) => {
            const [r, c] = [i + 1, j + 1];
            expect(view.text(r, c)).toBe(expected(v));
            expect(view.lines?.(r, c)).toEqual(lineTexts(v));
            expect(view.hadInvisible(r, c)).toBe(typeof v === 'string' && hasInvisible(v));
          }),
        );
      }),
    );
    const view = viewSheet(grid([['Lê Thị Hạnh', 'Hội Nông dân', 3], ['Lê Thị Hạnh', 'Hội\nNông dân', 3], ['Lê Thị Hạnh ', 'x\u200By', 3]]));
    expect([1, 2, 3].map((r) => [view.text(r, 1), view.text(r, 2), view.text(r, 3)])).toEqual([
      ['Lê Thị Hạnh', 'Hội Nông dân', '3'],
      ['Lê Thị Hạnh', 'Hội Nông dân', '3'],
      ['Lê Thị Hạnh', 'xy', '3'],
    ]);
    expect([view.lines?.(1, 2), view.lines?.(2, 2)]).toEqual([['Hội Nông dân'], ['Hội', 'Nông dân']]);
    expect([view.hadInvisible(1, 2), view.hadInvisible(3, 1), view.hadInvisible(3, 2)]).toEqual([false, false, true]);
  });

  it('an untidy cell is cleaned and its tidy neighbours given as they are, in a row of any width', () => {
    const wide = (at: Record<number, string>) => Array.from({ length: 40 }, (_, i) => at[i + 1] ?? null);
    const view = viewSheet(grid([wide({ 2: 'An  Bình', 3: 'Lê Văn', 31: ' Hà ', 32: 'Thôn 3', 35: 'x\u200By', 40: 'Tổ 1' }), wide({ 33: 'Tổ  2', 34: 'Hội' })]));
    expect([2, 3, 31, 32, 35, 40].map((c) => view.text(1, c))).toEqual(['An Bình', 'Lê Văn', 'Hà', 'Thôn 3', 'xy', 'Tổ 1']);
    expect([33, 34, 1].map((c) => view.text(2, c))).toEqual(['Tổ 2', 'Hội', '']);
    expect([35, 32, 40, 2].map((c) => view.hadInvisible(1, c))).toEqual([true, false, false, false]);
  });

  it('a text repeated down its column is read as it is read alone: cleaned, and decoded by the column\'s evidence', () => {
    const names = ['Nguyễn Văn Đào', 'Trần Thị Hương', 'Lê Văn Tám'];
    const tcvn3 = names.map((n) => encodeLegacy(n, 'tcvn3'));
    const untidy = ' Hội  Nông dân';
    const rows = [0, 0, 1, 1, 1, 2, 0].map((k, i) => [tcvn3[k] ?? '', i % 3 ? untidy : 'Hội Nông dân', i % 2 ? untidy : 'x']);
    const view = viewSheet(grid(rows));
    expect(rows.map((_, i) => view.text(i + 1, 1))).toEqual([0, 0, 1, 1, 1, 2, 0].map((k) => names[k]));
    expect(rows.map((_, i) => view.text(i + 1, 2))).toEqual(rows.map(() => 'Hội Nông dân'));
    expect(rows.map((_, i) => view.text(i + 1, 3))).toEqual(rows.map((_, i) => (i % 2 ? 'Hội Nông dân' : 'x')));
    expect(view.conversions.map((c) => c.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a merged range gives its top-left text to the cells it covers, between asks of other rows', () => {
    const sheet = grid([
      ['Chi bộ Thôn 3', null, 'x'],
      [null, null, 'y'],
    ]);
    sheet.merges.push({ top: 1, left: 1, bottom: 2, right: 2 });
    const view = viewSheet(sheet);
    expect(view.text(2, 3)).toBe('y');
    expect(view.text(1, 3)).toBe('x');
    expect(view.text(2, 2)).toBe('Chi bộ Thôn 3');
    expect(view.text(2, 3)).toBe('y');
    expect(view.text(2, 9)).toBe('');
    expect(view.hadInvisible(1, 1)).toBe(false);
  });
});
