/**
 * Trial 13 #17, trial 14 #11: a birth year that makes the person a small child, or past a hundred, in the year of the
 * row's ceremony («Năm sinh» 2019, 1907), or typed with a digit too many («19700»), is INVALID_DATE and not printed.
 * A column headed «Năm» alone is a year, not «Nam» (a man's birth year): its years are birth years, unless they fall
 * in the movement's period (the year of a commendation). Near misses: a pupil's year, a veteran's, a «Năm»
 * column of real birth years, «Nam | Nữ» columns.
 */
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

async function read(header: Row, rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], header, ...rows])]);
  const years = Object.fromEntries(read.registrations.map((r) => [r.name, [r.birthYear, r.gender]]));
  return { years, invalid: report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.message), report };
}

describe('a birth year of a small child, of someone past a hundred, or not yet come (trial 14 #11)', () => {
  const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

  it.each([2018, 2019, 2021, 2022])('%i on a list for the 2023 ceremony: INVALID_DATE, not printed', async (year) => {
    const { years, invalid } = await read(HEADER, [[1, 'Quách Thị Yến', year, 'Giáo viên']]);
    expect(years['Quách Thị Yến']?.[0]).toBeUndefined();
    expect(invalid).toEqual([expect.stringContaining(`Năm sinh «${year}»: đến năm 2023 người này mới ${2023 - year} tuổi`)]);
  });

  it.each([2024, 2025])('%i on a list for the 2023 ceremony: a year not yet come', async (year) => {
    const { years, invalid } = await read(HEADER, [[1, 'Quách Thị Yến', year, 'Giáo viên']]);
    expect(years['Quách Thị Yến']?.[0]).toBeUndefined();
    expect(invalid).toEqual([expect.stringContaining(`Năm sinh «${year}» là năm chưa tới (sau năm 2023)`)]);
  });

  it.each([1907, 1920])('%i: past a hundred, INVALID_DATE, not printed', async (year) => {
    const { years, invalid } = await read(HEADER, [[1, 'Tô Văn Tài', year, 'Trưởng ấp']]);
    expect(years['Tô Văn Tài']?.[0]).toBeUndefined();
    expect(invalid).toEqual([expect.stringContaining(`Năm sinh «${year}»: đến năm 2023 người này đã ${2023 - year} tuổi`)]);
  });

  it.each([19700, 19855, 20150])('%i among years as typed (a year with a digit too many) is not read as a date\'s serial', async (year) => {
    const { years, invalid } = await read(HEADER, [[1, 'Phan Văn Út', year, 'Trưởng ấp'], [2, 'Lê Văn Hai', 1968, 'Nông dân']]);
    expect(years['Phan Văn Út']?.[0]).toBeUndefined();
    expect(invalid).toEqual([expect.stringContaining(`năm sinh «${year}»`)]);
  });

  it("near miss (review 20, review 23): 19700 under «Ngày sinh» is the serial of a day of 1953 (dates pasted as values)", async () => {
    const { years, invalid } = await read(['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ'], [[1, 'Nguyễn Văn Năm', 19700, 'Cựu chiến binh'], [2, 'Lê Văn Bảy', 27000, 'Nông dân']]);
    expect([years['Nguyễn Văn Năm']?.[0], years['Lê Văn Bảy']?.[0]]).toEqual([1953, 1973]);
    expect(invalid).toEqual([]);
  });

  it.each<[number, number]>([
    [2016, 2016],
    [2017, 2017],
    [1925, 1925],
    [1970, 1970],
  ])('near miss: %i (a pupil, a grown-up, a veteran) is kept', async (written, year) => {
    const { years, invalid } = await read(HEADER, [[1, 'Em Lê Thị Na', written, 'Học sinh lớp 1']]);
    expect(years['Lê Thị Na']?.[0]).toBe(year);
    expect(invalid).toEqual([]);
  });

  it('near miss: a pupil registered in 2024 is counted at the 2025 ceremony', async () => {
    const { read: r, report } = await checkBooks([
      unitsBook(),
      oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN'], HEADER, [1, 'Em Lê Thị Na', 2018, 'Học sinh lớp 1'], [2, 'Em Lê Văn Tí', 2020, 'Mẫu giáo']]),
    ]);
    expect(Object.fromEntries(r.registrations.map((x) => [x.name, [x.phase, x.birthYear]]))).toEqual({ 'Lê Thị Na': [2, 2018], 'Lê Văn Tí': [2, undefined] });
    expect(report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.message)).toEqual([expect.stringContaining('đến năm 2025 người này mới 5 tuổi')]);
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
