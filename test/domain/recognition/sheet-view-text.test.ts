/** The view's texts asked in any order: the current row's cleaned texts are kept, and never given for another row. */
import fc from 'fast-check';
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { cleanText } from '../../../src/domain/text';

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
