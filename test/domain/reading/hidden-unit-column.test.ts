/**
 * Trial 10, item 17: a hidden column of unit names (a template's list for a drop-down) beside a unit's list whose
 * title names the unit gives no row another unit: what the user sees, the title, decides. Near misses: the same
 * column in sight still conflicts with the title (UNIT_CONFLICT), and a master's hidden unit column, with no title
 * naming one unit, still gives each row its unit.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const HELPER = ['Tên đơn vị', 'Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập', 'Hội Nông dân huyện'];

function unitFile(hide: boolean) {
  const rows: Row[] = [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', undefined, undefined, HELPER[0]],
    [1, 'Quách Văn Một', 1970, 'Bí thư Chi bộ ấp 3', undefined, undefined, HELPER[1]],
    [2, 'Quách Văn Hai', 1982, 'Chủ tịch Hội LHPN xã', undefined, undefined, HELPER[2]],
    [undefined, undefined, undefined, undefined, undefined, undefined, HELPER[3]],
  ];
  return oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1', (ws) => {
    if (hide) ws.getColumn(7).hidden = true;
  });
}

describe('a hidden helper column of unit names', () => {
  it('gives no row another unit than the title’s', async () => {
    const { read, report } = await checkBooks([unitsBook(), unitFile(true)]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình' });
    expect(codes(report, 'UNIT_CONFLICT', 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('near miss: the same column in sight is the rows’ unit, and its conflict with the title is said', async () => {
    const { read, report } = await checkBooks([unitsBook(), unitFile(false)]);
    expect(unitsByName(read)['Quách Văn Hai']).toBe('Đảng bộ xã Tân Lập');
    expect(codes(report, 'UNIT_CONFLICT')).toEqual(['UNIT_CONFLICT']);
  });

  it('near miss: a compiler’s hidden unit column under a letterhead that is itself a unit still names each row’s (review 14)', async () => {
    const units = unitsBook([['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Đảng bộ xã Tân Lập'], [3, 'Ban Tuyên giáo Huyện ủy']]);
    const master = oneSheet(
      'tong hop.xlsx',
      [
        ['BAN TUYÊN GIÁO HUYỆN ỦY'],
        ['DANH SÁCH TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
        ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị'],
        [1, 'Quách Văn Một', 1970, 'Đảng bộ xã Tân Lập'],
        [2, 'Quách Văn Hai', 1982, 'Đảng bộ xã An Bình'],
      ],
      'Tổng hợp',
      (ws) => {
        ws.getColumn(4).hidden = true;
      },
    );
    const { read } = await checkBooks([units, master]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã Tân Lập', 'Quách Văn Hai': 'Đảng bộ xã An Bình' });
  });

  it('near miss: a master’s hidden unit column, no title naming one unit, still gives each row its unit', async () => {
    const master = oneSheet(
      'tong hop.xlsx',
      [
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
        [1, 'Đảng bộ xã An Bình', 'Quách Văn Một', 1970],
        [2, 'Đảng bộ xã Tân Lập', 'Quách Văn Hai', 1982],
      ],
      'Tổng hợp',
      (ws) => {
        ws.getColumn(2).hidden = true;
      },
    );
    const { read } = await checkBooks([unitsBook(), master]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã Tân Lập' });
  });
});
