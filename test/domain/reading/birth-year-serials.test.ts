/**
 * Trial 10 (minor): a birth-year cell holding a bare number that is no year is a birth date's serial only where that
 * date could be a living person's (born 1910–2015): 5 is no «1900», 45000 no «2023», each INVALID_DATE. Near misses:
 * a date's serial of 1968, a year, two digits for 19xx.
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
  it.each([5, 45000, 3, 60000])('%d is no birth year: INVALID_DATE', async (n) => {
    expect(await yearOf(n)).toEqual({ year: undefined, invalid: 1 });
  });

  it.each<[number, number]>([
    [25000, 1968],
    [1975, 1975],
    [80, 1980],
    [9000, 1924],
  ])('near miss: %d is %d', async (n, y) => {
    expect(await yearOf(n)).toEqual({ year: y, invalid: 0 });
  });
});
