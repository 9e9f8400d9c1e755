/**
 * Trial 16b #7 (class 4): a number of five digits in the birth-year column (19750 and 19800 typed for 1975 and 1980,
 * 29082 in a cell formatted «0») was read as a date's serial and printed 1954 or 1979 without a word. A number is a
 * date only in a cell formatted as a date; any other number that is no year is an unreadable year (INVALID_DATE, as
 * 1899 is), whose message names the day it would be where that could be a birth date. Near misses: a real date cell
 * (01/05/1975 formatted as a date) gives 1975, a year typed as a number gives 1975, two digits 80 give 1980.
 */
import type ExcelJS from 'exceljs';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

/** An Bình's file with one person's birth-year cell written `value`, formatted `numFmt` if given. */
async function yearOf(value: ExcelJS.CellValue, numFmt?: string, header = HEADER) {
  const { read, report } = await checkBooks([
    unitsBook(),
    oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], header, [1, 'Nguyễn Văn Giang', value, 'Bác sĩ'], [2, 'Lê Văn Hai', 1968, 'Nông dân']], 'DS', (ws) => {
      if (numFmt) ws.getCell('C3').numFmt = numFmt;
    }),
  ]);
  const invalid = report.findings.filter((f) => f.code === 'INVALID_DATE');
  return { year: read.registrations[0]?.birthYear, invalid: invalid.map((f) => [f.row, f.column]), message: invalid[0]?.message ?? '', report };
}

describe('a number that is no year in the birth-year column', () => {
  it.each([[19750], [19800], [20150]])('%i (a year with a digit too many, no date format): INVALID_DATE, not printed', async (n) => {
    const { year, invalid, message } = await yearOf(n);
    expect(year).toBeUndefined();
    expect(invalid).toEqual([[3, 'C']]);
    expect(message).toContain(`«${n}»`);
  });

  it('the trial\'s column: 19750, 19800 and 1899 and no other year: each INVALID_DATE, none printed as 1954', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], HEADER, [1, 'Nguyễn Văn Giang', 19750, 'Bác sĩ'], [2, 'Trần Thị Hoa', 19800, 'Điều dưỡng'], [3, 'Lê Văn Khải', 1899, 'Y sĩ']]),
    ]);
    expect(read.registrations.map((r) => r.birthYear)).toEqual([undefined, undefined, undefined]);
    expect(report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.row)).toEqual([3, 4, 5]);
  });

  it('29082 in a cell formatted «0»: INVALID_DATE naming the day it would be, not 1979', async () => {
    const { year, invalid, message } = await yearOf(29082, '0');
    expect(year).toBeUndefined();
    expect(invalid).toEqual([[3, 'C']]);
    expect(message).toContain('«29082»');
    expect(message).toContain('15/08/1979');
  });

  it.each([[25000], [9000], [27000]])('%i in a General cell: INVALID_DATE (a serial only in a date cell)', async (n) => {
    const { year, invalid } = await yearOf(n);
    expect(year).toBeUndefined();
    expect(invalid).toEqual([[3, 'C']]);
  });

  it('control: 1899 stays INVALID_DATE', async () => {
    const { year, invalid } = await yearOf(1899);
    expect(year).toBeUndefined();
    expect(invalid).toEqual([[3, 'C']]);
  });
});

describe('near misses', () => {
  it('a real date cell (01/05/1975 formatted as a date) gives 1975', async () => {
    const { year, invalid, report } = await yearOf(new Date(Date.UTC(1975, 4, 1)), 'dd/mm/yyyy');
    expect(year).toBe(1975);
    expect(invalid).toEqual([]);
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
  });

  it('the same date as a serial in a date-formatted cell gives 1975', async () => {
    // 27515 is 01/05/1975.
    const { year, invalid } = await yearOf(27515, 'dd/mm/yyyy');
    expect([year, invalid]).toEqual([1975, []]);
  });

  it.each<[ExcelJS.CellValue, number]>([
    [1975, 1975],
    ['1975', 1975],
    [80, 1980],
    [1975.0, 1975],
  ])('%j gives %i', async (v, y) => {
    const { year, invalid } = await yearOf(v);
    expect([year, invalid]).toEqual([y, []]);
  });
});

describe('review 23: a column headed as a birth date, pasted as values', () => {
  it.each<[string, number, number]>([
    ['Ngày sinh', 19700, 1953],
    ['Ngày sinh', 27000, 1973],
    ['Ngày, tháng, năm sinh', 20500, 1956],
  ])('«%s» holding %i: the date it stands for (%i), no finding', async (label, n, y) => {
    const { year, invalid } = await yearOf(n, undefined, ['STT', 'Họ và tên', label, 'Chức vụ']);
    expect(year).toBe(y);
    expect(invalid).toEqual([]);
  });

  it('near miss: «Năm sinh» holding 19700 is still a year with a digit too many', async () => {
    const { year, invalid } = await yearOf(19700);
    expect(year).toBeUndefined();
    expect(invalid).toEqual([[3, 'C']]);
  });
});
