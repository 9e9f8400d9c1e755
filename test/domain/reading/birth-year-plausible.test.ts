/**
 * Trial 13 #17: a birth year that makes the person a small child in the period's last year («Năm sinh» 2022, 2024) is
 * INVALID_DATE and not printed; a column headed «Năm» alone is a year, not «Nam» (a man's birth year): its years are
 * birth years, unless they fall in the movement's period (the year of a commendation). Near misses: a pupil's year, a
 * «Năm» column of real birth years, «Nam | Nữ» columns.
 */
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

async function read(header: Row, rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], header, ...rows])]);
  const years = Object.fromEntries(read.registrations.map((r) => [r.name, [r.birthYear, r.gender]]));
  return { years, invalid: report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.message), report };
}

describe('a birth year of a small child', () => {
  it.each([2021, 2022, 2024, 2025])('%i is INVALID_DATE, not printed', async (year) => {
    const { years, invalid } = await read(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [[1, 'Quách Thị Yến', year, 'Giáo viên']]);
    expect(years['Quách Thị Yến']?.[0]).toBeUndefined();
    expect(invalid).toEqual([expect.stringContaining(`Năm sinh «${year}»: đến năm 2025 người này mới ${2025 - year} tuổi`)]);
  });

  it.each([2016, 2020, 1970])('near miss: %i (a pupil, a grown-up) is kept', async (year) => {
    const { years, invalid } = await read(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [[1, 'Em Lê Thị Na', year, 'Học sinh lớp 3']]);
    expect(years['Lê Thị Na']?.[0]).toBe(year);
    expect(invalid).toEqual([]);
  });
});

describe('a column headed «Năm» alone', () => {
  it('holding the period\'s years is no birth year, nor a man\'s', async () => {
    const { years, invalid } = await read(['STT', 'Họ và tên', 'Chức vụ', 'Thành tích', 'Năm'], [[1, 'Nguyễn Văn An', 'Bí thư', 'Được biểu dương', 2022], [2, 'Lê Thị Cúc', 'Nông dân', 'Được biểu dương', 2024]]);
    expect(years).toEqual({ 'Nguyễn Văn An': [undefined, undefined], 'Lê Thị Cúc': [undefined, undefined] });
    expect(invalid).toEqual([]);
  });

  it('near miss: holding birth years, they are birth years, with no gender', async () => {
    const { years } = await read(['STT', 'Họ và tên', 'Năm', 'Chức vụ'], [[1, 'Nguyễn Văn An', 1970, 'Bí thư'], [2, 'Lê Thị Cúc', 1985, 'Nông dân']]);
    expect(years).toEqual({ 'Nguyễn Văn An': [1970, undefined], 'Lê Thị Cúc': [1985, undefined] });
  });

  it('near miss: «Nam» is still a man\'s birth year beside «Nữ»', async () => {
    const { years, report } = await read(['STT', 'Họ và tên', 'Nam', 'Nữ', 'Chức vụ'], [[1, 'Nguyễn Văn An', 1970, null, 'Bí thư'], [2, 'Lê Thị Cúc', null, 1985, 'Nông dân']]);
    expect(years).toEqual({ 'Nguyễn Văn An': [1970, 'male'], 'Lê Thị Cúc': [1985, 'female'] });
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
  });
});
