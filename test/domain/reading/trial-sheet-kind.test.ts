/**
 * A unit's file with one sheet per kind ("Tập thể", "Cá nhân") or a title naming one kind ("DANH SÁCH CÁ NHÂN ĐĂNG
 * KÝ"): the sheet is one group, so a person on the collectives' sheet is said (SUBJECT_KIND_MISMATCH), as under a
 * group row (issue 14 trial). Near misses: sheets and titles naming both kinds, a kind column, group rows.
 */
import { checkShape, UNITS_ROWS } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'];
const COLLECTIVES: Row[] = [HEAD, [1, 'X01', 'Ấp Bình Thạnh'], [2, 'X01', 'Nguyễn Văn Út']];
const PEOPLE: Row[] = [HEAD, [1, 'X01', 'Lê Văn Tư', 1970], [2, 'X01', 'Trần Thị Năm', 1980]];
const titled = (title: string, rows: Row[]): Row[] => [[title], [], ...rows];

async function check(sheets: { name: string; rows: Row[] }[]) {
  const { read, report } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, ...sheets] });
  const mismatches = report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').map((f) => `${f.sheet}!${f.row}`);
  return { kinds: read.registrations.map((r) => [r.name, r.kind, r.kindSource]), mismatches };
}

describe('a sheet of one kind is one group', () => {
  it.each([
    ['sheet names', { name: 'Tập thể', rows: COLLECTIVES }, { name: 'Cá nhân', rows: PEOPLE }],
    ['sheet names with "DS"', { name: 'DS tập thể', rows: COLLECTIVES }, { name: 'DS cá nhân', rows: PEOPLE }],
    ['sheet names with "Các"', { name: 'Các tập thể', rows: COLLECTIVES }, { name: 'Các cá nhân', rows: PEOPLE }],
    ['titles', { name: 'Trang 1', rows: titled('DANH SÁCH TẬP THỂ ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', COLLECTIVES) }, { name: 'Trang 2', rows: titled('DANH SÁCH CÁ NHÂN ĐĂNG KÝ', PEOPLE) }],
  ])('%s', async (_label, a, b) => {
    const { kinds, mismatches } = await check([a, b]);
    expect(kinds).toEqual([
      ['Ấp Bình Thạnh', 'collective', 'group'],
      ['Nguyễn Văn Út', 'collective', 'group'],
      ['Lê Văn Tư', 'individual', 'group'],
      ['Trần Thị Năm', 'individual', 'group'],
    ]);
    expect(mismatches).toEqual([`${a.name}!${a.rows === COLLECTIVES ? 3 : 5}`]);
  });
});

describe('near misses', () => {
  it.each([
    ['a sheet named for both kinds', { name: 'Tập thể, cá nhân', rows: COLLECTIVES }],
    ['a title naming both kinds', { name: 'Đăng ký', rows: titled('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐĂNG KÝ', COLLECTIVES) }],
    ['a sheet named otherwise', { name: 'Đăng ký', rows: COLLECTIVES }],
  ])('%s: kinds from the names, nothing said', async (_label, sheet) => {
    const { kinds, mismatches } = await check([sheet]);
    expect(kinds).toEqual([
      ['Ấp Bình Thạnh', 'collective', 'name'],
      ['Nguyễn Văn Út', 'individual', 'name'],
    ]);
    expect(mismatches).toEqual([]);
  });

  it('a kind column and group rows win over the sheet\'s name', async () => {
    const { kinds } = await check([
      {
        name: 'Tập thể',
        rows: [['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên'], [1, 'X01', 'Cá nhân', 'Lê Văn Tư'], ['II. CÁ NHÂN'], [2, 'X01', undefined, 'Trần Thị Năm']],
      },
    ]);
    expect(kinds).toEqual([
      ['Lê Văn Tư', 'individual', 'column'],
      ['Trần Thị Năm', 'individual', 'group'],
    ]);
  });
});
