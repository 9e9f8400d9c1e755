/**
 * Trial 18a class 15: a units list typed as bullets or an outline («- », «+ », «• », «– », «* », «a) », «1/ », «I.1 »):
 * the mark is no part of the unit's name, for matching the unit files and in every printed name. Near misses: «Chi bộ
 * 1», «Tổ 3/2», a «-» inside a name, «P. An Lạc» (a ward).
 */
import { splitUnitNameCode } from '../../../src/domain/units/name-code';
import { checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const MARKS = ['- ', '-', '+ ', '• ', '– ', '— ', '* ', 'a) ', 'b. ', 'A) ', '1/ ', '01/ ', 'I.1 ', 'II.3. ', '1.2 ', '2. - '];

describe('a bullet or an outline number before a units-list name', () => {
  it.each(MARKS)('«%s» is dropped', (mark) => {
    expect(splitUnitNameCode(`${mark}Hội Nông dân huyện`)).toEqual({ name: 'Hội Nông dân huyện' });
  });

  it('with a code after it, the code is still read', () => {
    expect(splitUnitNameCode('- ĐB01 - Đảng bộ xã Hòa Bình')).toEqual({ name: 'Đảng bộ xã Hòa Bình', code: 'ĐB01' });
  });

  it.each(['Chi bộ 1', 'Tổ 3/2', 'Hội Liên hiệp Phụ nữ - huyện', 'P. An Lạc', 'X. An Bình', 'Chi bộ ấp 1 - 2', 'Đảng bộ xã Hòa Bình'])('near miss «%s» stays whole', (name) => {
    expect(splitUnitNameCode(name)).toEqual({ name });
  });

  it('the units file: names matched and printed without their marks', async () => {
    const units: Row[] = [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
      ['DBX01', '- Đảng bộ xã Hòa Bình', 'Đảng bộ xã'],
      ['', 'a) Hội Nông dân huyện', 'Đoàn thể huyện'],
      ['', '1/ Huyện đoàn', 'Đoàn thể huyện'],
      ['', 'I.1 Chi bộ 1', 'Chi bộ cơ sở'],
    ];
    const file = (name: string, unit: string, person: string) =>
      oneSheet(name, [[unit], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, person, 1970, 'Hội viên']]);
    const { read, report } = await checkBooks([
      unitsBook(units),
      file('dang-uy-xa-hoa-binh.xlsx', 'ĐẢNG ỦY XÃ HÒA BÌNH', 'Nguyễn Văn Tư'),
      file('hoi-nong-dan-huyen.xlsx', 'HỘI NÔNG DÂN HUYỆN', 'Lê Văn Tám'),
      file('huyen-doan.xlsx', 'HUYỆN ĐOÀN', 'Trần Văn Sáu'),
      file('chi-bo-1.xlsx', 'CHI BỘ 1', 'Phạm Văn Bảy'),
    ]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã Hòa Bình', 'Hội Nông dân huyện', 'Huyện đoàn', 'Chi bộ 1']);
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Tư': 'Đảng bộ xã Hòa Bình', 'Lê Văn Tám': 'Hội Nông dân huyện', 'Trần Văn Sáu': 'Huyện đoàn', 'Phạm Văn Bảy': 'Chi bộ 1' });
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });
});
