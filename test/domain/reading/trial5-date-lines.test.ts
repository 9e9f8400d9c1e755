/**
 * A date line written as dates are typed in cells: a two-digit year ("ngày 26/2/23"), ISO order ("2023-02-26"), with
 * or without its place. Near misses: a row's number, a code, a sentence with such a date.
 */
import { dateLineDate, firstDateLine } from '../../../src/domain/reading/date-line';
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const FEB_26 = { y: 2023, m: 2, d: 26 };

describe('date lines written as cells are', () => {
  it.each(['An Bình, ngày 26/2/23', 'An Bình, 2023-02-26', 'Xã An Bình, huyện An Phú, ngày 26.02.23', 'ngày 26/2/23', '2023-02-26', 'Ngày 26-2-2023'])(
    '%s',
    (line) => expect(dateLineDate(line)).toEqual(FEB_26),
  );

  it.each([
    ['a row number and a name', '12. Nguyễn Văn A, 26/2/23'],
    ['a document number', 'Số: 26/2/23-KH'],
    ['a sentence', 'Ghi chú: danh sách thông qua tại cuộc họp ngày 26/2/23 của Đảng ủy'],
    ['an impossible date', 'An Bình, ngày 30/2/23'],
    ['a phone number', 'An Bình, 0296 3 826'],
  ])('near miss: %s is no date line of its own', (_, text) => {
    expect(firstDateLine([text])).not.toEqual(FEB_26);
  });

  it.each(['Lê Thị Hoa, 15/5/83', 'Lê Thị Hoa, 15/05/1983', 'Lê Thị Hoa, 1983-05-15'])(
    'near miss: a last row «%s» (a name and a birth date) is an exemplar, and dates nothing',
    async (last) => {
      const UNITS: Row[] = [
        ['STT', 'Tên đơn vị'],
        [1, 'Đảng bộ xã An Bình'],
      ];
      const rows: Row[] = [
        ['Họ và tên / Tên tập thể', 'Đơn vị'],
        ['Nguyễn Văn An, 12/3/75', 'Đảng bộ xã An Bình'],
        [last, 'Đảng bộ xã An Bình'],
      ];
      const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('ds.xlsx', rows)]);
      expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Hoa']);
      expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
    },
  );

  it('under a unit’s list, a late one makes the unit late', async () => {
    const UNITS: Row[] = [
      ['STT', 'Tên đơn vị'],
      [1, 'Đảng bộ xã An Bình'],
    ];
    for (const line of ['An Bình, ngày 26/2/23', 'An Bình, 2023-02-26']) {
      const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, person(1, 'Kiều Văn Một'), [], [line]];
      const { report } = await checkBooks([unitsBook(UNITS), oneSheet('a.xlsx', rows)]);
      expect(codes(report, 'REGISTRATION_LATE')).toHaveLength(1);
    }
  });
});
