/**
 * Trial 5 #21: a birth year (and a gender) written in the name cell, with no birth-year column, in the forms staff
 * use: "- 1976", "(1979 - Nam)", "(sinh 1982)", "(15/5/1983)", "SN1981", "(Nữ, 1985)". The year and the gender are
 * read, and the position keeps only the post. Near misses: a term's years, a post with a number, a position after a
 * dash, a collective's name with a year.
 */
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { checkShape, withUnits } from '../../fixtures/column-shapes';

describe('a year in the name cell, read into the row', () => {
  it.each([
    ['Nguyễn Văn Hai - 1976', 1976, undefined],
    ['Nguyễn Văn Hai – 1976', 1976, undefined],
    ['Nguyễn Văn Năm (1979 - Nam)', 1979, 'male'],
    ['Nguyễn Văn Tám (sinh 1982)', 1982, undefined],
    ['Nguyễn Văn Chín (15/5/1983)', 1983, undefined],
    ['Nguyễn Văn Chín (sinh ngày 15/5/1983)', 1983, undefined],
    ['Nguyễn Văn Bảy SN1981', 1981, undefined],
    ['Nguyễn Văn Bảy SN 1981', 1981, undefined],
    ['Nguyễn Văn Bảy NS: 1981', 1981, undefined],
    ['Nguyễn Thị Mai (Nữ, 1985)', 1985, 'female'],
    ['Nguyễn Thị Mai (Nữ 1985)', 1985, 'female'],
    ['Nguyễn Thị Mai, nữ, sinh năm 1985', 1985, 'female'],
    ['Nguyễn Văn Một (1975)', 1975, undefined],
  ])('«%s»', async (cell, year, gender) => {
    const { read, lists } = await checkShape(withUnits([['STT', 'Đơn vị', 'Họ và tên', 'Chức vụ'], [1, 'X01', cell, 'Nông dân']]));
    const [reg] = read.registrations;
    expect([reg?.name, reg?.birthYear, reg?.gender, reg?.position]).toEqual([cell.split(/ [-–(]| SN| NS|,/)[0], year, gender, 'Nông dân']);
    expect((lists['2023']?.individuals ?? []).map((e) => [e.birthYear, e.position])).toEqual([[year, 'Nông dân']]);
  });

  it('a post after the dash keeps its words, the year is taken out: «… - Nông dân - 1976»', () => {
    expect(readNameCell(['Nguyễn Văn Hai - Nông dân - 1976'], undefined)).toEqual({ name: 'Nguyễn Văn Hai', position: 'Nông dân', birthYear: 1976 });
  });
});

describe('near misses', () => {
  it.each([
    ['Nguyễn Văn Hai (Bí thư chi bộ 2020 - 2025)', { name: 'Nguyễn Văn Hai', position: 'Bí thư chi bộ 2020 - 2025' }],
    ['Nguyễn Văn Hai (2020 - 2025)', { name: 'Nguyễn Văn Hai', position: '2020 - 2025' }],
    ['Nguyễn Văn Hai - Trưởng ấp 3', { name: 'Nguyễn Văn Hai', position: 'Trưởng ấp 3' }],
    ['Nguyễn Văn Hai, Chủ tịch Hội ND - xã An Bình', { name: 'Nguyễn Văn Hai', position: 'Chủ tịch Hội ND - xã An Bình' }],
    ['Lê Văn Nam (Tổ 12)', { name: 'Lê Văn Nam', position: 'Tổ 12' }],
    ['Lê Văn Nam', { name: 'Lê Văn Nam' }],
  ])('«%s»', (cell, expected) => {
    expect(readNameCell([cell], undefined)).toEqual(expected);
  });

  it('a collective keeps a year in its name', () => {
    expect(readNameCell(['Chi bộ ấp 3 - 2023'], 'collective')).toEqual({ name: 'Chi bộ ấp 3 - 2023' });
    expect(readNameCell(['Lớp 12A1 niên khóa 2022'], undefined).name).toBe('Lớp 12A1 niên khóa 2022');
  });

  it('a birth-year column decides over the name cell', async () => {
    const { read } = await checkShape(withUnits([['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'X01', 'Nguyễn Văn Hai - 1976', 1975]]));
    expect(read.registrations[0]?.birthYear).toBe(1975);
  });
});
