/**
 * Trial 5 #23 and #4: birth years and registration dates in an optional cell. A birth year after the profile's period
 * is INVALID_DATE like "1068"; "1980.0", "1.980", "Nữ 1980", "19/5/80", "80", "Khoảng 1980" are read; a text serial
 * "44983" is the date it stands for. What still cannot be read ("1980-1981", "19a5", "02/2023", "2023") is
 * INVALID_DATE on the cell, a cell-level error (rules.md): the exemplar stays counted toward the quota and listed.
 */
import { checkShape, profile2026, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const anBinh = (report: { quota: { unit: string; registered: number }[] }) => report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered;
const invalid = (report: { findings: { code: string; row?: number; column?: string }[] }) =>
  report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => [f.row, f.column]);
const listed = (sel: { individuals: { name: string; birthYear?: number }[] } | undefined) => (sel?.individuals ?? []).map((e) => [e.name, e.birthYear]);

function yearRows(years: (string | number)[]): Row[] {
  return [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...years.map((y, i): Row => [i + 1, 'X01', `Nguyễn Văn ${['An', 'Bình', 'Cường'][i] ?? ''}`, y, 'Nông dân'])];
}

describe('a birth year in the future (#23)', () => {
  it.each([['2068'], [2068], ['2031'], ['SN 2068']])('%j in the column: INVALID_DATE, not printed, the row stays', async (y) => {
    const { read, report, lists } = await checkShape(withUnits(yearRows([y, 1970])));
    expect(read.registrations.map((r) => r.birthYear)).toEqual([undefined, 1970]);
    expect(invalid(report)).toEqual([[2, 'D']]);
    expect(report.findings.find((f) => f.code === 'INVALID_DATE')?.message).toMatch(/chưa tới/);
    expect(listed(lists['2023'])).toEqual([
      ['Nguyễn Văn An', undefined],
      ['Nguyễn Văn Bình', 1970],
    ]);
    expect(anBinh(report)).toBe(2);
  });

  it('in the name cell («Nguyễn Văn An - 2068»): flagged on the name column', async () => {
    const { read, report } = await checkShape(withUnits([['STT', 'Đơn vị', 'Họ và tên', 'Chức vụ'], [1, 'X01', 'Nguyễn Văn An - 2068', 'Nông dân']]));
    expect(read.registrations.map((r) => [r.name, r.birthYear])).toEqual([['Nguyễn Văn An', undefined]]);
    expect(invalid(report)).toEqual([[2, 'C']]);
  });

  it('near misses: years before the period\'s end, and another period\'s', async () => {
    const { read, report } = await checkShape(withUnits(yearRows(['2016', 1940, '2005'])));
    expect(read.registrations.map((r) => r.birthYear)).toEqual([2016, 1940, 2005]);
    expect(invalid(report)).toEqual([]);
    // Another period's years: after its first ceremony's year (2028), a row of its first phase was born in no year yet.
    const later = await checkShape({ ...withUnits(yearRows(['2030', '2031'])), profile: profile2026() });
    expect(later.read.registrations.map((r) => r.birthYear)).toEqual([undefined, undefined]);
    const messages = later.report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('«2030» là năm chưa tới (sau năm 2028)'), expect.stringContaining('«2031» là năm chưa tới')]);
  });
});

describe('birth-year forms that are read (#4)', () => {
  it.each([['1980.0'], ['1.980'], ['Nữ 1980'], ['Nam: 1980'], ['19/5/80'], ['80'], [80], ['Khoảng 1980'], ['1980,0']])('%j → 1980', async (y) => {
    const { read, report } = await checkShape(withUnits(yearRows([y])));
    expect(read.registrations.map((r) => r.birthYear)).toEqual([1980]);
    expect(invalid(report)).toEqual([]);
  });

  it('«Nữ 1980», «Nam: 1975»: the gender too; «1980» and «SN 1980» give none', async () => {
    const { read } = await checkShape(withUnits(yearRows(['Nữ 1980', 'Nam: 1975', 'SN 1980'])));
    expect(read.registrations.map((r) => [r.birthYear, r.gender])).toEqual([
      [1980, 'female'],
      [1975, 'male'],
      [1980, undefined],
    ]);
  });

  it.each([['1.98'], ['19/5/05'], ['25'], ['1980-1981'], ['19a5']])('%j is not guessed: INVALID_DATE, the row counted and listed', async (y) => {
    const { read, report, lists } = await checkShape(withUnits(yearRows([y, 1970])));
    expect(read.registrations.map((r) => r.birthYear)).toEqual([undefined, 1970]);
    expect(invalid(report)).toEqual([[2, 'D']]);
    expect(anBinh(report)).toBe(2);
    expect(listed(lists['2023']).map(([n]) => n)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);
  });
});

describe('registration dates (#4)', () => {
  const dated = (d: string | number): Row[] => [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Ngày đăng ký'],
    [1, 'X01', 'Nguyễn Văn An', 1975, d],
    [2, 'X01', 'Trần Thị Bình', 1981, d],
  ];

  it('a serial kept as text («44983») is the date it stands for', async () => {
    const { read, report } = await checkShape(withUnits(dated('44983')));
    expect(read.registrations.map((r) => r.date)).toEqual([
      { y: 2023, m: 2, d: 26 },
      { y: 2023, m: 2, d: 26 },
    ]);
    expect(invalid(report)).toEqual([]);
  });

  it.each(['02/2023', 'Tháng 2/2023', '2023', '30/02/2023', 'đầu năm'])('«%s»: INVALID_DATE on the cell, both rows counted and listed', async (d) => {
    const { report, lists } = await checkShape(withUnits(dated(d)));
    expect(invalid(report)).toEqual([
      [2, 'E'],
      [3, 'E'],
    ]);
    expect(anBinh(report)).toBe(2);
    expect(listed(lists['2023']).map(([n]) => n)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(lists['2023']?.excluded).toEqual([]);
  });

  it('near miss: a row-level error still keeps its row off (UNKNOWN_UNIT beside an unreadable date)', async () => {
    const rows = dated('02/2023');
    (rows[2] as Row)[1] = 'ZZ9';
    const { report, lists } = await checkShape(withUnits(rows));
    expect(anBinh(report)).toBe(1);
    expect(lists['2023']?.excluded.map((x) => x.name)).toEqual(['Trần Thị Bình']);
  });
});
