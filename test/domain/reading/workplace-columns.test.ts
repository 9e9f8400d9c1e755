/**
 * Workplace columns of other names (trial 15): a hospital's «Khoa, phòng» is the workplace (two «Trưởng khoa» are
 * told apart on the signed list); a «Đơn vị» column of workplaces beside «Quê quán» does not repeat the commune.
 */
import { readBooks, unitFile, unitsBook } from '../../fixtures/unit-shapes';

describe('workplace columns', () => {
  it.each([['Khoa, phòng'], ['Khoa/Phòng'], ['Phòng, khoa'], ['Bộ phận công tác']])('«%s» is the workplace', async (header) => {
    const head = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', header, 'Thành tích'];
    const rows = [
      [1, 'Ngô Minh Trí', 1981, 'Trưởng khoa', 'Khoa Nội', 'Tốt'],
      [2, 'Lê Văn Hậu', 1979, 'Trưởng khoa', 'Khoa Ngoại', 'Tốt'],
    ];
    const read = await readBooks([unitsBook(), unitFile('ttyt.xlsx', ['CHI BỘ TRUNG TÂM Y TẾ HUYỆN'], head, rows)]);
    expect(read.registrations.map((r) => [r.position, r.workplace])).toEqual([
      ['Trưởng khoa', 'Khoa Nội'],
      ['Trưởng khoa', 'Khoa Ngoại'],
    ]);
  });

  it('a workplace column beside «Quê quán» gives the commune once', async () => {
    const head = ['TT', 'Họ và tên', 'Năm sinh', 'Quê quán', 'Chức vụ', 'Đơn vị', 'Thành tích'];
    const rows = [
      [1, 'Võ Văn Mười', 1955, 'xã Tân Lập', 'Chi hội trưởng', 'Chi hội CCB ấp 2, xã Tân Lập', 'Tốt'],
      [2, 'Phan Văn Tư', 1956, 'xã An Bình', 'Hội viên', 'Chi hội CCB ấp 1', 'Tốt'],
    ];
    const read = await readBooks([unitsBook(), unitFile('ccb.xlsx', ['BCH HỘI CCB HUYỆN AN PHÚ'], head, rows)]);
    expect(read.registrations.map((r) => r.workplace)).toEqual(['Chi hội CCB ấp 2, xã Tân Lập', 'Chi hội CCB ấp 1, xã An Bình']);
  });
});
