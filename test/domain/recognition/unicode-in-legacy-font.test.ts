/**
 * Unicode typed in cells formatted with a legacy font (trial 10 #5): a district template formats its cells ".VnTime"
 * or "VNI-Times", a unit's machine lacks the font and its staff type Unicode. Where the sheet shows the font holding
 * Unicode («Nguyễn», «ấp»), its cells are decoded only where that makes them more Vietnamese: «Võ Tú Anh», «Giáo
 * viên» stay; TCVN3 pasted among them («Lª ThÞ Mai») is still decoded. Near miss: a sheet of TCVN3 alone in the font.
 */
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { encodeLegacy } from '../../../src/domain/text/legacy';

/** A sheet of one column whose cells carry `font`. */
const sheet = (font: string, texts: string[]): SheetGrid => ({
  name: 'DS',
  rows: texts.map((v): Cell[] => [{ t: 's', v, font }]),
  merges: [],
});
const textsOf = (grid: SheetGrid) => {
  const view = viewSheet(grid);
  return grid.rows.map((_, i) => view.text(i + 1, 1));
};

const UNICODE = ['Võ Tú Anh', 'Hà Minh Châu', 'Giáo viên', 'Nông dân', 'xã An Bình'];

describe('Unicode in a legacy font stays Unicode where the sheet shows the font holds Unicode', () => {
  it.each(['.VnTime', 'VNI-Times'])('%s: Latin-1 Unicode cells beside «Nguyễn Văn Hùng» are left as typed', (font) => {
    expect(textsOf(sheet(font, ['Nguyễn Văn Hùng', ...UNICODE]))).toEqual(['Nguyễn Văn Hùng', ...UNICODE]);
  });

  it('TCVN3 pasted among them is still decoded', () => {
    const legacy = encodeLegacy('Lê Thị Mai', 'tcvn3');
    expect(textsOf(sheet('.VnTime', ['Nguyễn Văn Hùng', 'Trần Thị Thu', 'Võ Tú Anh', legacy]))).toEqual(['Nguyễn Văn Hùng', 'Trần Thị Thu', 'Võ Tú Anh', 'Lê Thị Mai']);
  });

  it('near miss: a TCVN3 list with one cell typed in Unicode is decoded as its font says, words that read as Vietnamese too', () => {
    const names = ['Phan Minh Tấn', 'Lê Thị Mai', 'Danh Sóc', 'Giỏi', 'Hội Nông dân xã'];
    const got = textsOf(sheet('.VnTime', ['(Kèm theo Công văn số 12-CV/ĐU ngày 15/02/2023)', ...names.map((t) => encodeLegacy(t, 'tcvn3'))]));
    expect(got).toEqual(['(Kèm theo Công văn số 12-CV/ĐU ngày 15/02/2023)', ...names]);
  });

  it('rich text: a run in .VnTime holding Unicode shows the same, and the sheet\'s other cells are read as typed', () => {
    const grid: SheetGrid = {
      name: 'DS',
      rows: [
        [{ t: 's', v: 'Nguyễn Văn Hùng', runs: [{ text: 'Nguyễn Văn Hùng', font: '.VnTime' }] }],
        [{ t: 's', v: 'Giáo viên', runs: [{ text: 'Giáo viên', font: '.VnTime' }] }],
      ],
      merges: [],
    };
    expect(textsOf(grid)).toEqual(['Nguyễn Văn Hùng', 'Giáo viên']);
  });

  it('near miss: a sheet of TCVN3 alone in its font is decoded cell by cell, as the font says', () => {
    const texts = ['Nguyễn Văn Hùng', 'Võ Tú Anh', 'Giáo viên'];
    expect(textsOf(sheet('.VnTime', texts.map((t) => encodeLegacy(t, 'tcvn3'))))).toEqual(texts);
  });
});
