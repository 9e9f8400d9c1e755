/**
 * Trial 18a class 16: full-width digits («１９６６», an East Asian keyboard's, or pasted from a web form) are read as the
 * ASCII digits they are wherever numbers are read: birth years, dates, the list's date line, codes. Only the digits:
 * other full-width characters are left as typed.
 */
import { cleanText } from '../../../src/domain/text';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DT02', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];

const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('full-width digits', () => {
  it('are ASCII digits after cleaning; nothing else is rewritten', () => {
    expect(cleanText('１９６６')).toBe('1966');
    expect(cleanText('Sinh năm １９７５')).toBe('Sinh năm 1975');
    expect(cleanText('Ｈội viên')).toBe('Ｈội viên');
    expect(cleanText('Tổ ３/２')).toBe('Tổ 3/2');
  });

  it.each([
    ['a year', wide('1966'), 1966],
    ['a year after «SN»', `SN ${wide('1966')}`, 1966],
    ['a date', wide('14/05/1966'), 1966],
    ['half and half', `19${wide('66')}`, 1966],
  ])('%s in the year column is read', async (_label, year, want) => {
    const { read, report } = await checkBooks([
      unitsBook(UNITS),
      oneSheet('hoi-nong-dan-huyen.xlsx', [
        ['HỘI NÔNG DÂN HUYỆN'],
        ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
        [],
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        [1, 'Trần Văn Kỳ', year, 'Trưởng ấp Mỹ Thuận'],
        [],
        ['', '', wide('Mỹ Thuận, ngày 20 tháng 02 năm 2023')],
      ]),
    ]);
    expect(read.registrations.map((r) => r.birthYear)).toEqual([want]);
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
    // The date line in full-width digits dates the list.
    expect(read.dateLines?.map((d) => d.date)).toEqual([{ y: 2023, m: 2, d: 20 }]);
  });
});
