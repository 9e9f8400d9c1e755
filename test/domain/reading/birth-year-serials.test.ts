/**
 * Trial 10 (minor), trial 16b #7: a birth-year cell holding a bare number that is no year is INVALID_DATE: 5 is no
 * «1900», 45000 no «2023», and a date's serial is a date only in a cell formatted as a date (25000 in a General cell
 * is said, not printed as 1968). Near misses: a year, two digits for 19xx.
 */
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

async function yearOf(cell: number) {
  const { read, report } = await checkBooks([
    unitsBook(),
    oneSheet('tong hop.xlsx', [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng bộ xã An Bình', 'Quách Văn Một', cell],
    ]),
  ]);
  return { year: read.registrations[0]?.birthYear, invalid: codes(report, 'INVALID_DATE').length };
}

describe('a bare number in the birth-year column', () => {
  it.each([5, 45000, 3, 60000, 25000, 9000])('%d is no birth year: INVALID_DATE', async (n) => {
    expect(await yearOf(n)).toEqual({ year: undefined, invalid: 1 });
  });

  it.each<[number, number]>([
    [1975, 1975],
    [80, 1980],
  ])('near miss: %d is %d', async (n, y) => {
    expect(await yearOf(n)).toEqual({ year: y, invalid: 0 });
  });
});
