/**
 * Trial 11 (minor): DUPLICATES tells a pair it only may be (a decision is needed) from a sure one, and reads TRUE/FALSE
 * in the names' range as no name (never a «TRUE» duplicating «TRUE»).
 */
import { finding } from '../../src/domain/findings/finding';
import { duplicatesColumn, duplicatesGrid } from '../../src/functions/duplicates';

const SHEET = 'DIENHINH.DUPLICATES';
const group = (rows: number[], confidence: 'certain' | 'probable') => ({
  ...finding('DUPLICATE', { file: SHEET, sheet: SHEET, row: rows[0] as number, rows: rows.map((row) => ({ file: SHEET, sheet: SHEET, row })) }, 'Trùng.'),
  confidence,
});

describe('DUPLICATES’ column', () => {
  it('lists sure duplicates, then the ones to decide, marked', () => {
    // Data rows start on the grid's row 2: input row n is grid row n + 1.
    const out = duplicatesColumn(5, [group([2, 3], 'certain'), group([2, 6], 'probable')]);
    expect(out).toEqual([['2, 5 (có thể)'], ['1'], [''], [''], ['1 (có thể)']]);
  });

  it('near miss: only sure ones, as before', () => {
    expect(duplicatesColumn(3, [group([2, 4], 'certain')])).toEqual([['3'], [''], ['1']]);
  });

  it('reads TRUE and FALSE in the names as no name', () => {
    const grid = duplicatesGrid([[true], ['Nguyễn Văn Hùng'], [false]]);
    const names = grid.sheets[0]?.rows.slice(1).map((r) => r[1]?.v ?? null);
    expect(names).toEqual([null, 'Nguyễn Văn Hùng', null]);
  });
});
